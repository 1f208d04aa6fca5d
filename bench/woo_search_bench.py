"""Woo search speed through the view, on PostgreSQL with a generated archive (default 1,000,000 messages).

Goal: p50 <= 50 ms and p95 <= 150 ms over 20 typical Woo queries (single words, phrases, a word
plus a period filter, a zaak filter), each a full GET of /woo/zoeken/ through Django's test client
(URL routing, permission check, form, search, audit log, template). Also reports the size of the
search index and the time to index a newly archived record of 10,000 messages.

Usage:
  .venv/bin/python bench/woo_search_bench.py [--messages 1000000] [--database meppel_woo_bench]
      [--server postgres://postgres@127.0.0.1:5432] [--runs 5]

Uses its own database (created when missing, seeded with `seed_archive` up to --messages on the
first run, reused afterwards). Never touches the project's normal databases.

Stop 34 (branch perf34 merged with main 91241c4), database `perf34_1m` seeded by main 1478215
(1,000,000 messages, 19,786 records, 979,830 entries, 1,072 s at load 6-13), VACUUM ANALYZE,
--runs 3, main and branch alternately, 17:40-17:46 UTC at load 18-23 (helpers and their tests on
two cores): main p50 159.2 / 181.9 / 185.7 ms, p95 253.5 / 306.9 / 271.8; branch p50 153.1 /
140.0 / 171.0, p95 277.4 / 292.3 / 248.3 - at that load the wall time tells nothing of the change.
CPU per request (the 20 queries twice, after each run): Python main 29.5 / 29.2 / 29.8 ms, branch
27.3 / 27.1 / 26.7; backend ~25-26.5 both. Per query (each six times, 17:47): Python mean 33.1 ->
30.2 ms (-2.9, -9%), backend 25.5 -> 25.4. Result pages of the 20 queries (pages 1 and 2, per
gesprek and per bericht, the whole page but its CSRF token) identical to main's, on this database
and on a 200,000-message one. The change: what every search page read with the ORM (the synonym
groups, the zaaktype choices, the user's roles, the count of records not yet searchable, and for
the audit row the person digests of the typed query and the municipality's contact data) is read
with one plain query each: building those queries cost more CPU than PostgreSQL spent on them
(~0.25-0.85 ms each); opens_topic's prefilter is a plain loop (~400 messages a page). Checked and
left: the candidates' CTE read once for a one-clause query (no tuplestore of ~10,000 rows: the
statement's CPU for windmolens 10.8 -> 8.7 ms; per request aanbesteding 28.7 -> 23.7) needs the candidates
counted again when they fill the limit, and that second bitmap scan cost more than the tuplestore
(asbest 27.5 -> 31.2, subsidie 30.0 -> 36.3, "subsidie of vergunning" 43.8 -> 53.7; mean 24.3 ->
25.1): reverted. Not CPU: the audit row's COMMIT waits for the WAL flush, and fdatasync on this
disk takes ~4.3 ms (pg_test_fsync, load ~11): at low load likely the largest piece of a request's
wall time that is no CPU. `synchronous_commit = off` for that transaction alone would remove it,
at the cost of the last audit rows before a database crash: a decision for Informatiebeheer, not
a speed change. **p50 not met.**
Final main of stop 34 (0c08fe7: perf34, round 21 of the matching rules, the walk's and the
review's changes merged) on `perf34_1m`, --runs 3, 18:14-18:17 UTC with nothing else running,
four runs one after the other: p50 52.1 / 50.6 / 50.2 / 50.7 ms, p95 93.1 / 72.1 / 81.6 / 75.1
ms at load 3.4 -> 0.8 (stop 33's final main on `perf33_1m`: p50 56.0, p95 82.2 at load ~1.3).
**p95 met; p50 0.2-0.7 ms above the goal.**
Final main of stop 34 with perf35 (the permission and session reads as one plain query each)
and the search round 22 merged (b1637fb), on `perf34_1m`, --runs 3, 18:49-18:51 UTC with
nothing else running (load 0.9), three runs one after the other: p50 49.8 / 48.4 / 48.8 ms, p95
75.4 / 70.7 / 88.5 ms. **Both goals met, p50 by 0.2-1.6 ms.**

Stop 36, on another machine (2 cores, about 1.7x slower in plain Python: a 20M-step loop takes
4.0 s of CPU): database `lead_1m` freshly seeded by main 35055b0 (1,000,000 messages, 979,830
entries), VACUUM ANALYZE, --runs 3, 22:18-22:20 UTC at load 0.7-0.9 with nothing else running,
stop 34's final main (35055b0) and this stop's final main alternately: 35055b0 p50 87.4 / 75.2 ms,
p95 116.5 / 101.5; final main p50 82.3 / 88.7 / 85.4 / 79.6 ms, p95 130.8 / 139.3 / 123.1 /
108.5. The code did not move the figures; this machine does. **p95 met; p50 not met here**
(it was 48.4-49.8 ms on stop 34's machine).

Stop 37 (branch search37 on main a99a97d), on the faster machine (2 cores; the 20M-step loop
1.3-1.6 s of CPU): database `lead_1m` freshly seeded by main a99a97d (1,000,000 messages, 19,786
records, 979,830 entries, 757 s at load 6-14), VACUUM ANALYZE; main on it, --runs 3, 23:14 UTC at
load 11.6 (other helpers and their tests): p50 144.5 ms, p95 330.3; CPU per request (the 20 queries
twice, three times) Python 28.2 / 31.0 / 31.4 ms, backend 24.5 / 25.8 / 26.2. On its copy
`search37_1m`, main and branch alternately, --runs 3, 23:53-23:58 at load 8.5-13: main p50 342.7 /
283.9 ms, p95 473.1 / 410.0; branch p50 234.6 / 308.3, p95 331.6 / 499.1 - at that load the wall
time tells nothing; CPU per request main Python 31.7 / 32.0 ms, backend 26.5 / 31.8; branch Python
31.3 / 31.3, backend 27.5 / 26.5. Again 00:06-00:10 at load 5-9, ten runs alternately: main p50
64.5 / 111.7 / 64.7 / 90.4 / 69.8 ms, p95 97.4 / 172.6 / 112.8 / 150.8 / 112.1; branch p50 68.3 /
126.4 / 124.9 / 63.9 / 66.0, p95 124.8 / 184.4 / 221.1 / 96.1 / 106.5; CPU per request main Python
22.7 / 26.5 / 23.6 / 23.1 / 24.4 ms (mean 24.1), backend 22.8 / 25.2 / 24.2 / 24.0 / 25.5; branch
Python 26.4 / 28.0 / 25.7 / 24.9 / 28.2 (mean 26.6), backend 25.2 / 25.8 / 24.5 / 24.8 / 27.2 - the
spread within each (5 ms) is larger than the change. 00:17-00:19 at load 3-4.5, six runs
alternately: main p50 61.5 / 47.3 / 53.5 ms, p95 99.3 / 84.1 / 78.7; branch p50 52.6 / 51.6 / 77.5,
p95 89.7 / 98.2 / 97.9; CPU main Python 24.6 / 21.9 / 25.4, backend 25.5 / 25.5 / 27.0; branch
Python 21.4 / 26.1 / 27.3, backend 24.5 / 27.5 / 27.5. Whole requests under callgrind (the 20
requests once after a warm-up, PYTHONHASHSEED=0, the Python process): main 130.6 M, branch 128.2 M
instructions a request (-1.8%). The exchange alone (exchange_snippets on the 19 pages' captured
inputs, callgrind, PYTHONHASHSEED=0): 49.0 -> 46.5 M instructions a request (-5%; ~0.4-0.5 ms). The
change: the exchange's ~1,170 window entries a page carry their time as microseconds since the
epoch, not a timestamp psycopg2 parses (and Django gives a zone) each; the local day of each from
its hour's UTC offset, found once per hour (an hour in which the offset changes is converted time
by time: tests/woo/test_search_local_days.py); datetimes only for the exchange messages shown;
their stored words read as three joined strings, not three arrays (_window_entries 3.2-3.4 ->
2.9-3.0 ms client CPU a page). Result pages of the 20 queries (pages 1 and 2, per gesprek and per
bericht, the whole page but its CSRF token: 80 pages, 16 MB) byte-identical to main's. Where a
request's time goes now (main, process_time around each piece, load ~12): Python 30.9 ms: search
16.8 (exchange_snippets 10.5 of which the window query 3.2 and small talk 1.6; hits 1.4, related
1.3, the groups' statement 0.9, records 0.7), rendering 7.3, the audit row 2.1, the form 0.9; the
cyclic collector ~1.6-2.0 ms of it, freeing what the test client keeps in a cycle (the response and
its `json` partial hold the context: the outcome, ~700 snippets, ~700 SafeStrings; a higher gen-0
threshold only defers it: 20,000 gave 4 collections of ~20 ms in 60 requests). Backend: the groups
statement is ~90% of the statements' execution time; for "aanbesteding" (8,740 candidates on 2,408
heap pages) 13.0 ms of backend CPU (30 runs, /proc/<pid>/stat): the bitmap and heap alone 5.7,
ts_rank +1.3-2.0, the grouping +2.3, the CTE's tuplestore and its count +2-3 (stop 34: reading it
once needs a second scan when the candidates fill the limit). Statements per page 16-23, unchanged.
Left: the wall figures at low load on this machine; the rest of the exchange (exchange_candidates,
small talk, nearest content) and the rendering are many pieces under a millisecond each. **p50 at
load 3-4 is 47-62 ms for main and 52-78 ms for the branch (noise); p95 met; the cut is ~0.5 ms of
Python CPU, not measurable in wall time here.**

Stop 35 (branch perf35 on main e94f742), database `perf34_1m`, 18:31-18:40 UTC at load 2.5-6.5
(other helpers and their tests): every request checked its permission with Django's
ModelBackend, whose two ORM querysets (the user's own permissions, their groups') cost ~1.5 ms
CPU to build, and read its session with an ORM get() (~0.5 ms): now one plain query each
(accounts.backends, also for the SSO backend: same set, same `_perm_cache`, superusers and inactive
users as Django; SESSION_ENGINE accounts.sessions: same table and encoding). One statement fewer
a request. CPU per request (the 20 queries twice, time.process_time and the backend's
/proc/<pid>/stat, main and branch alternately, five times two measures): Python main 26.4 / 25.9 / 26.7 /
27.2 / 27.4 / 26.3 / 25.6 / 25.2 / 25.7 / 25.7 ms (mean 26.2), branch 25.2 / 25.4 / 24.3 / 23.8 /
24.6 / 25.6 / 24.5 / 23.7 / 23.4 / 23.8 (mean 24.4): -1.8 ms; backend ~25.4 -> ~25.3. Wall at
that load (measure() only, --runs 3): main p50 71.7 / 102.9 ms, branch 68.4 / 95.1 - noise.
Result pages of the 20 queries (pages 1 and 2, per gesprek and per bericht: 80 pages, the whole
page but its CSRF token) byte-identical to main's. Where the Python CPU goes now (wrapped with
process_time, main): search 12.1 ms (exchange_snippets 7.2: its window query's rows 2.4,
exchange_candidates 1.1, small talk 1.0; related 1.2, snippets 1.1, groups 0.6), rendering 5.9,
the audit row 1.4 (of which the INSERT's save 0.7; the rest is the person digests' queries),
the user's row 0.5, the form 0.6. Checked and left: the audit row is mostly round trips, not CPU;
django-csp builds its header twice a request (~0.3 ms, a middleware subclass to cache it). Note:
sessions made under the old backend's path log their user out once after the upgrade.
**The cut is ~1.7-1.9 ms, not 2-4: p50 at low load likely just at the goal, not measured here.**

Stop 33 (branch perf33 on main 3dc7f88), database `perf33_1m` seeded by main 4e6658f (1,000,000
messages, 19,786 records, 979,830 entries, 1,209 s at load 5-11), VACUUM ANALYZE, --runs 3,
main and branch alternately, 14:56-15:02 UTC at load 9-13 (eight helpers on two cores): main
p50 202.5 / 179.9 / 195.4 ms, p95 423.7 / 318.9 / 292.8; branch p50 129.8 / 168.5 / 196.4,
p95 233.4 / 406.9 / 313.6. At that load the wall time tells nothing of the change. Per request
(the 20 queries twice, after each run): Python CPU main 42.3 / 36.2 / 34.7 ms, branch 38.4 /
43.8 / 36.3; backend CPU ~28-33 ms both. Steadier, the Python process's instructions
(callgrind, the 20 requests once after a warm-up): main 147.5 M, branch 144.8 M per request
(-1.8%; without memcpy 137.3 -> 134.6 M); on main 4e6658f 146.3 -> 142.4 M. Result pages of the
20 queries (pages 1 and 2, per gesprek and per bericht) identical to main's. The change: the
exchange's ~1,100 window rows a page are used as read, not copied with their stored words
appended and sorted by a Python key function. Where the time goes now (load ~9): Python ~36-42
ms CPU (the exchange context ~12 of it, rendering ~9, the audit row ~3, the rest ~1-2 ms each),
backend ~28-33 ms (the candidates of a common word: 10,001 rows through the GIN bitmap ~7-10 ms
CPU, ts_rank +3-5, the CTE, its count and the grouping +3-6). **p50 not met; p95 not
measurable at this load.**

Stop 32 (search round 19 merged: a word no chat holds left out, a compound's rarer part met by
initials or the head's last part, plurals also as singular, chats listed apart matched by their
key words or title), database `lead_1m` seeded by main 4ca9bcb (889 s), VACUUM ANALYZE, --runs 3,
load 1.5-1.8, one after the other: main 4ca9bcb p50 65.3 / p95 112.0 ms; final main 61.4 / 85.9
and 75.4 / 92.6 ms. p95 met, p50 not (as before): no slide back from the round.

Speed round 8 (branch swoo8, 4 Dec 2026), database `wt_swoo8_1m` seeded by main 0556829
(1,000,000 messages, 19,786 records, 979,830 entries, 662 s). The count of records still being
archived (main 96bb6b9, every search page) read all 19,786 records (a sequential scan, 946 pages:
EXPLAIN ANALYZE 16.9 ms at load 6); a partial index of the records whose PDF is not finished
(chats 0017) makes it 0.05 ms. Per request, the 20 queries twice, alternately without and with
the index (at load 12-15): backend CPU 37.8 / 34.0 -> 24.0 / 22.0 ms, wall p50 249.6 / 195.3 ->
195.9 / 154.4 ms. This bench alternately on main and the branch, `--runs 3`, 01:07-01:11 UTC at
load 9-17: p50 166.8 / 308.4 / 360.4 -> 141.5 / 131.8 / 367.1 ms. Statements per page unchanged.
Where the rest goes (minimum of 10 runs, TIMING OFF, load ~10): the candidates' query of a
common word 14-28 ms (its bitmap heap scan: "kermis" 4,611 rows on 2,006 pages; ts_rank ~6 ms
of "asbest"'s 10,001), the hits 2.6 ms of which ts_headline 1.2 ms, the windows 0.9, related
0.55, everything else under 0.15 ms; Python 25-33 ms CPU, the exchange context ~11 of it.

Speed round 7 (branch swoo7, 3 Dec 2026; earlier rounds in demo/woo_corpus/RESULTS.md). Database
`wt_swoo7` seeded by main a434c1a (1,000,000 messages, 19,786 records, 979,830 entries, 1,065 s).
Main a434c1a (an exported copy) and the branch alternately, `--runs 5`, five pairs, 22:33-22:43
UTC at load 8.8-12 (nine helpers on two cores): p50 base 243.8 / 233.7 / 147.2 / 312.2 / 259.2 ms,
branch 223.7 / 174.8 / 255.1 / 226.2 / 296.1 ms; p95 base 488.3 / 382.9 / 319.9 / 470.1 / 440.8
ms, branch 462.4 / 325.9 / 480.9 / 415.7 / 462.4 ms. At that load the wall time says nothing of
a change of a few percent. The steadier figure, the Python process's instructions (valgrind
callgrind, the 20 requests once after a warm-up, instrumented only for those): main 142.1 M,
branch 137.9 M per request (-3.0%; without memcpy, which valgrind counts per byte, 132.0 ->
127.9 M); statements per page one fewer (the records and their unsearched media in one query).
Result pages of the 20 queries (both modes, pages 1 and 2) identical to main's. **p50 not met;
nothing here makes it met**: a request is ~15 pieces of 2-5 ms each, none of which a safe change
halves. Checked and left (slower or no gain, same rows): the exchange's windows with their
stored words joined or sorted in SQL, the subject-words queries as one (its planning costs more
than the round trip), the zaak or conversation filter kept out of the bitmaps, Memoize off for
the hits' words, the local day of a time memoised per hour in Python (slower than astimezone).

Where a request's time goes (CPU of the Python process and of its PostgreSQL backend, the 20
queries, load ~8): Python ~39 ms (the exchange context 12.7 of which reading its windows 4.4,
rendering 9.0 of which the result list ~5, hits/related/ranking/expansion/records ~7, the form
1.2, the audit row 1.6, Django's request handling, session, permissions and the test client the
rest; an empty search page alone is 10.6 ms), backend ~30 ms (the ranking of a common word about
half: under perf, ts_rank 22% of it (two per candidate, each sorting the query's items), the GIN
bitmap of ~17,000 entries 14%, reading and deforming 10,001 heap rows and the CTE and grouping
the rest; then the hits with ts_headline for 200 of them, the exchange's windows (~1,100-1,800
rows with text and stored words) and related messages). Statements per page: 18-22, each a round
trip that on this busy server costs 2-4 ms of wall time for a query of well under one. Left for
a decision: the audit row's COMMIT waits for the WAL flush (most of its ~19 ms wall at load 7,
1.6 ms CPU); overlapping the backend's and Python's work (two cores) needs a second connection.

Final main of stop 37 (26cb1c1: search37, the placeholders hidden from the index (woo 0017),
the decompounding fix merged) on `lead_1m` after its migration and VACUUM ANALYZE, --runs 3,
00:48 UTC at load 0.5-0.9 with nothing else running, four runs one after the other: p50 50.5 /
46.3 / 51.7 / 47.3 ms, p95 85.5 / 75.5 / 65.8 / 67.6 ms. **p95 met; p50 at the goal, met in two
of four runs (the spread between runs, ~5 ms, is larger than the margin).** Indexing a newly
archived 10,000-message record: 1,057 ms.

Stop 38 (branch searchperf38 on main cb4302b), database `searchperf38_1m` seeded by cb4302b
(1,000,000 messages, 19,786 records, 979,830 entries, 2,123 s at load 8-16), VACUUM ANALYZE.
The whole hour ran at load 10-16 (other helpers): wall times tell nothing (--runs 3, 02:33-02:35
UTC, main d96ada6 and the branch alternately: main p50 191.8 / 223.9 ms, p95 296.1 / 348.9;
branch p50 209.8 / 233.4, p95 355.5 / 452.5). CPU per request (the 20 queries twice, cb4302b
and the branch alternately, five pairs, load 10-13): Python cb4302b 31.0 / 31.5 / 30.3 / 32.3 /
31.1 ms, branch 27.7 / 35.8 / 27.7 / 26.1 / 39.0 (the two high ones with the backend as high:
contended runs); backend ~27-30 both. Steadier, each function on the 20 pages' captured
inputs: show_placeholders (494 texts a page) 2.8-5.3 -> 0.25-0.36 ms a request: str.translate
with a mapping to strings looked up every character; now an ASCII text (or one a regex search
finds none in) is returned as is. _mark_placeholders (~500-700 texts a page) ~1.6 -> ~0.3 µs a
text without a "[". Result pages of the 20 queries (pages 1-2, both modes, 80 pages, but the
CSRF token) byte-identical. Groups statement ("asbest", capped, EXPLAIN ANALYZE TIMING OFF,
min of 7, load ~12): 51-58 ms, of which the GIN bitmap and heap rows ~10-11, the two ts_rank
calls per candidate ~17-22 (a vector holds ~5 lexemes, ~78 bytes, uncompressed: the calls'
fixed cost), the grouping, the CTE and its count the rest. Numbering the candidates with
row_number() in one pass instead of the CTE and its count was slower (its WindowAgg: "asbest"
77 vs 58 ms, slower on 9 of the other 11): left. **Not measured at low load; the cut is ~2-3
ms of Python CPU a request at load ~12 (likely ~1.5 ms idle), not the 8-10 ms that p50 <= 40
ms would need.**

Stop 38 (final main 8bd3e31: search rounds 38 and 39, searchperf38's placeholder fast paths),
database `searchperf38_1m` (1,000,000 messages, seeded by main at load 8-16, VACUUM ANALYZE),
--runs 3, nothing else running, on a machine slower than stop 37's (the 20M-step Python loop
2.0-2.2 s against 1.7 s): p50 61.3 / 66.5 ms, p95 99.5 / 142.1 ms; stop 37's main cb4302b on
the same database between them: p50 64.8, p95 140.7 ms. p95 met, **p50 not met on this
machine**, by either. Indexing a 10,000-message record 1,394-1,759 ms.

Stop 39 (branch sperf40 on main 185c51e), database `searchperf38_1m` freshly seeded by the lead
(1,000,000 messages, 19,786 records, 979,830 entries, 3,073 s), VACUUM ANALYZE. The groups
statement kept its candidates (up to 10,001) in a CTE read twice, by the grouping and by
`(SELECT count(*) FROM candidates)` for `capped`: the tuplestore and the count were ~3 ms of
backend CPU for ~7,000 candidates (200,000-message database, "subsidie of vergunning": 20.5 ms,
17.5 without the count, 19.5-20.0 with the CTE materialised but not counted). Now the first
CANDIDATE_LIMIT candidates (the scan still asks LIMIT 10,001, so the planner plans it as before;
an outer LIMIT 10,000) are grouped as read; each group also gives its count and its highest
ctid, and a window over the groups (hundreds) their sum and the last heap page p; a
conversation search's HAVING became a WHERE after those totals (the groups it leaves out are
counted, as before). Fewer than the limit grouped: not capped. Exactly the limit: capped when an
entry matches on a page after p (none of those grouped: this holds whatever order the scan
read in, HOT chains included), looked for on the next CAPPED_CHECK_PAGES = 64 pages with a TID
range scan (bitmap and index scans off, one more statement only for capped searches); none there:
counted up to 10,001 as before (never needed on the 40 requests of the bench: 9 checks). Filters
alone (ORDER BY sent_at) keep the CTE: a top-N sort of 10,000 or 10,001 may keep other equal
times. Groups statement, backend CPU (/proc/<pid>/stat, 10 runs, three times, load ~6-9, wall
about equal to CPU): asbest 20.0 -> 17.3 ms, subsidie 23.3 -> 20.0, kermis 9.7 -> 8.3, "subsidie
of vergunning" 38.7 -> 35.7, "omgewaaide boom fietspad" 63.3 -> 58.0. CPU per request (the 20
queries twice, main 185c51e and the branch alternately, 14 measures each, load 9-13): backend
mean 32.0 -> 30.6 ms, Python 34.5 -> 34.2 (noise: 31.2-39.0). Wall at load 6-9 (--runs 3,
alternately, 06:50-06:52 UTC): main p50 104.9 / 103.4 / 130.1 / 91.5 ms, p95 168.8 / 131.9 /
189.1 / 159.9; branch p50 66.6 / 87.4 / 91.4 / 127.9, p95 88.2 / 129.5 / 132.2 / 220.6 - at that
load noise. Result pages of the 20 queries (pages 1-2, both modes: 80 pages, all but the CSRF
token) byte-identical to main's on this database (18 of them capped) and on a 200,000-message
one, there also with CANDIDATE_LIMIT 1,000 / 1,436 / 1,437 / 1,516 / 1,517 (around "asbest"'s
1,517 candidates) and with CAPPED_CHECK_PAGES 0 (every capped search counted). tests/woo (-n 1)
830 passed. Checked and left: ts_rank (~8 ms of the 7,000 candidates' 20.5, two calls each)
has no cheaper exact form in SQL: its OR rank is a float4 sum over the query's matched items in
their sorted order divided by the query's item count, so the typed words' rank cannot be
derived from the expansion's nor a call skipped without changing the last bits (and the order
of equal best ranks); planning is 0.2-0.7 ms a statement once the catalog is cached; JIT never
fires (jit off changed nothing). **p50 not met at this load; the cut is ~1.5 ms backend CPU a
request (2-5 ms on the statement of a common word), not the ~10 ms the goal needs on this
machine.**
Stop 39 final main (35638852, with sperf40 and the search rounds 40 and 41) on `searchperf38_1m`
(seeded by 0179deb2 in 3,073 s at load ~14), --runs 3, quiet (load 0.8-1.0), stop 38's final main
0179deb2 alternated: main p50 70.4 / 66.5 / 66.7 ms, p95 90.7 / 101.4 / 100.5; 0179deb2 p50 72.0 /
65.4, p95 97.2 / 92.6 (a 20M-step Python loop takes 2.7 s here against 2.0-2.2 s on stop 38's
machine). **p95 met; p50 not met on this machine.**

Stop 41 (branch perf43 on main d0d6ca1a), database `perf43_1m`, a copy of `searchperf41_1m` seeded
by the lead (1,000,000 messages, 19,786 records, 979,830 entries, 2,743 s), VACUUM ANALYZE; the
whole hour at load 8-19 (other helpers). Three reads of every search page left the ORM: the
session's user (ModelBackend.get_user's get(): 0.49 -> 0.13-0.16 ms CPU; one plain query and the
ORM's from_db, on PostgreSQL only), the open requests of the form's choice (a queryset built each
page) and the zaaknummer widget (now from the per-process widget cache like the other filters:
0.16-0.18 -> 0.013 ms); the search form's init, validation and widgets 2.05-2.53 -> 1.06-1.56 ms
(best of 5, load 10-13). The Python process under callgrind (start-up and the 20 requests once,
PYTHONHASHSEED=0): 11,631.3 M -> 11,577.4 M instructions, ~2.7 M (~2%) a request. CPU per request
(the 20 queries twice, main and branch alternately, six measures each, load 8-9): Python main
28.9 / 29.3 / 32.2 / 31.5 / 30.6 / 31.6 ms (mean 30.7), branch 27.8 / 27.4 / 28.7 / 29.3 / 31.0 /
28.6 (mean 28.8); backend ~27.7 -> ~27.2 (statements per page unchanged). Wall (--runs 3,
alternately, 13:20-13:22 UTC at load 8.4-9.1): main p50 115.5 / 115.1 ms, p95 162.4 / 175.4;
branch p50 77.7 / 97.2, p95 140.6 / 133.6 - at that load mostly noise. Result pages of the 20
queries (pages 1-2, both modes, 80 pages but the CSRF token) byte-identical to main's, here and
on a 200,000-message database. Where the backend's time goes now (EXPLAIN ANALYZE, TIMING OFF,
best of 3 at load ~15, mean a request): the groups statement ~30 ms, the hits statement ~11 of
which ts_headline on its ~200 rows is most ("asbest": 3.4 ms with it, 1.1 without, best of 6),
planning ~1.8 ms a request over all statements. Left: the audit row's four round trips and the
WAL flush of its COMMIT (a decision, stop 34), ts_headline (no cheaper form gives the same
fragments). **Not measured quiet; the cut is ~1-2 ms of Python CPU a request, not the 3-5 ms
the p50 goal lacked on stop 40's quiet machine by itself.**

Stop 42 (branch perfsearch on main 6424424d, the synonym groups and exact plurals of search
round 46 merged). The hour ran at load 12-22 (other helpers seeding and testing): `perfsearch_1m`
(1,000,000 messages, 19,786 records, 979,830 entries) took 4,909 s to seed and was ready only
at the deadline (16:11 UTC), so no 1M figures; measured on `perfsearch_50k` (50,000 messages, 995 records, 49,048 entries, the
same 49 synonym groups). Where a request's Python CPU goes (the 20 queries, process_time around
each piece, best of 2, load ~20; total 36-39 ms): search 17 (the exchange 8, related messages
2.6, the hits 1.9-2.5, the records 0.9, expand 1.5), rendering 10 (the hits' <li> 3.5), the
audit row 2.6, the form 1.4. Of expand's 1.5 ms about 0.6 was the synonym groups: every search
checked each typed word against every group several times (its synonyms, their heads, their
families), each time working out the word's forms and copying the group to a set, so it grew
with every group added. The word's forms and its initials are now worked out once per word and
process (pure functions, lru_cache), and the groups tested with isdisjoint; the groups are
still read every search, but split into words only when their stored texts changed (read and
split 0.23 -> 0.13 ms). expand() alone, best of 50: windmolens 2.23 -> 0.84 ms, "omgewaaide
boom fietspad" 3.16 -> 1.19, "subsidie of vergunning" 3.03 -> 1.18, asbest 0.77 -> 0.46; in
the requests (main and branch alternately, three pairs, best of 2 each) expand 1.50 / 1.44 /
1.50 -> 0.80 / 0.80 / 0.83 ms a request, total Python 35.6 / 35.9 / 37.4 -> 36.9 / 35.9 / 37.0
(noise at that load). Python only: the SQL statements and
their parameters of the 20 queries are identical to main's (so are plans, rows and buffers),
and so are the result pages (pages 1-2, both modes, all but the CSRF token); the Woo relevance
bench on blind26 gives the same figures on main and the branch (98.1% / 70.8% / 80.7%) and its
result-page digest is the same (789793cfcc76). Tried and dropped: grouping the exchange's
~1,200 window entries per conversation in one plain pass (synthetic rows 2.07 -> 1.18 ms, but
exchange_by_record on the pages' captured inputs 7.8-8.1 -> 7.6-8.5 ms: no gain measurable).
**Goals not measured this stop (no quiet time, 1M database not ready); the cut is ~0.7 ms of
Python CPU a request on average (up to ~2 ms for a query of several words), more with each
synonym group added.**

Stop 43, on another machine (2 cores): database `lead_1m` freshly seeded by main 34ea3639
(1,000,000 messages, 979,830 entries, table 250 MB, GIN index 15 MB, all indexes 182 MB; seeded
at load ~20), VACUUM ANALYZE; main f304a170 (stop 42's speed-up, search rounds 51 and 52 with
their typing slips and two synonym groups), --runs 3, 19:58-19:59 UTC at load 1.1-1.3 with
nothing else running, two runs one after the other: p50 42.1 / 42.7 ms, p95 63.2 / 67.5 ms (max
75.5 / 84.7). **Both goals met.** At load ~3 (helpers starting): p50 93.1, p95 128.5.

Stop 49 (branch p50s49 on main ed6d497f), database `p50s49_200k` (200,000 messages, 3,948 records,
195,980 entries), the whole hour at load 7-21 (the lead seeding 1M, other helpers). Statements a
request (the 20 queries) 19.9 -> 14.4, each merge PostgreSQL-only and in the same order: the
session user with their permissions and roles (ARRAY() of each; _perm_cache and _role_names of
that user object only); the records of a page with their writers (_chats_of_two) and stored subject
words (related messages); the vocabulary's version with the synonym groups; the zaaktypen with the
open requests of the form. Python: the exchange's local days reused for the times followed reply by
reply and looked up per zone (_local_days 0.75 -> 0.38 ms, _times_of 0.69 -> 0.43). Backend
execution + planning of the changed statements (EXPLAIN ANALYZE TIMING OFF, best of 5, load ~7):
0.81 -> 0.76 ms a request - the merge saves round trips, not backend work. Python instructions
(callgrind, the 20 requests once, PYTHONHASHSEED=0): 118.5 -> 117.3 M a request (-1%). CPU per
request (the 20 queries x4, alternately, load 7.5-9): Python main 19.4 / 17.5 / 18.5 ms, branch 19.0
/ 19.3 / 19.0; backend 14.5 / 13.6 / 13.9 vs 14.3 / 14.8 / 14.3 - no difference above the noise.
Wall (--runs 3, alternately): at load 11-18 main p50 228.2 / 144.4 / 149.2 ms, branch 140.2 / 108.7
/ 101.4 (p95 408 / 209 / 252 vs 192 / 202 / 184); at load 9.4-10.4 main 93.9 / 93.9 / 63.7 / 45.7,
branch 88.0 / 59.7 / 49.0 (p95 133 / 112 / 92 / 74 vs 136 / 96 / 82). Result pages of the 20 queries
(pages 1-2, both modes, all but the CSRF token) byte-identical to main's on the same database state
(note: main's own pages changed between the bench runs - "Ook gezocht op" in another order - likely
through index_new_record's indexing: compare pages made on the same database state). Merged with
main 5a1ea11f (whose 937212c7 counts the writers in the records query too; the branch now adds the
stored subject words there): 19.0 -> 14.4 statements a request against that main, its 80 result
pages byte-identical to the branch's. **Goals not measured at low load; the cut is
5.5 round trips a request, ~1% of Python CPU, none of backend CPU.**

Stop 51 (p50s51) (branch p50s51 on main bd05f05e), database `p50s51_100k` (100,000 messages,
2,036 records, 98,111 entries, seeded in 72 s; not 1M: Python per request hardly depends on the
archive's size). The hour ran at load 7-19 (other helpers). Where a request's Python CPU goes
(main, process_time around each piece, 100 requests, load ~8): 22.8 ms, of which search 12.5
(the exchange 7.6: small talk 2.0, the window rows' parsing and sort 1.7), rendering 4.4 (the
hit lines 1.4), the audit row 2.2, the form 0.8, the cyclic collector 1.4 (a gen-0 collection of
4.3-4.5 ms every ~3 requests: the test client keeps each response's context in a cycle). The
change, in the exchange only (exchange_by_record, _small_talk_and_agenda): the ~1,000 window rows
a page are grouped per conversation when the conversation changes (they come in chat order), not
with two setdefault calls per row; the stored words are used as _window_entries read them (no
copy of ~600 (words, agenda) tuples); small talk takes each row's words as split (isdisjoint
takes a list: no set per row) and finds the rare words from the counts directly (no shares
dict). Exchange on the 20 pages' captured inputs under callgrind (PYTHONHASHSEED=0, two passes):
main 36.4 M -> branch 33.1 M instructions a request (-9%); whole requests (the 20 twice after a
warm-up): 84.4 M -> 82.4 M (-2.4%, ~0.4-0.6 ms). CPU per request (the 20 queries x3,
process_time, alternately, three each): at load 11-16 Python main 21.1 / 19.2 / 19.5 ms (median
19.5), branch 19.8 / 18.5 / 19.1 (median 19.1); at load ~2.9 branch first: branch 19.1 / 16.4 /
14.9, main 15.8 / 15.1 / 14.9 - the spread between runs (and ±4 ms per query: where a collection
falls) hides the change. Wall (--runs 3, alternately): at load 10.1 -> 7.8 main p50 135.3 / 79.4
/ 62.9 ms, p95 203.3 / 107.4 / 107.6, branch p50 126.4 / 65.7 / 53.1, p95 215.0 / 98.7 / 76.5;
at load 2.2-2.9 main first: main p50 40.2 / 50.0 / 52.5, p95 81.6 / 77.0 / 76.1, branch p50 35.9
/ 44.9 / 47.1, p95 75.0 / 67.5 / 70.5; at load 2.6 branch first: branch p50 29.0 / 21.5 / 28.6,
p95 42.1 / 33.9 / 46.5, main p50 34.0 / 21.1 / 26.4, p95 53.7 / 37.9 / 42.3 - noise (other
helpers). Result pages of the 20 queries (pages 1-2, both modes, 80 pages but
the CSRF token) byte-identical to main's; statements per page unchanged. Checked and left: the
collector is already tuned (meppel_archief/memory.py: frozen after the first response, gen-0
threshold 5,000; another gc.freeze gave nothing); the template loader is already the cached one
(Django caches whenever no loaders are set, production too); _local_days as one comprehension
(121 -> 124 µs for 1,000 times: no gain, reverted). **Goals not measured on 1M (no
1M seeded, by the brief); the cut is ~2.4% of a request's Python instructions (the exchange's
-9%), below the wall time's spread.**

Stop 52 (p50s52) (branch p50s52 on main 69b69cc1), database `p50s52_200k` (200,000 messages, 3,948
records, 195,980 entries, seeded in 202 s) and the lead's `lead_1m_s52` (1,000,000 messages); the
hour at load 11-24 (other helpers), 2.7-8 in its last minutes. Where a request's Python CPU goes now
(main, process_time around each piece, 100 requests, load ~13; total 28.4 ms): search 16.0,
rendering 5.9 (of which everything but the results 1.1-1.2: base.html 0.46, the form 0.6), the audit
row 2.4 (its ORM save about half), the form 1.0, the collector 1.3, the rest (middleware, session,
test client) ~2.8. The change: the audit row's INSERT is one plain statement on PostgreSQL
(AuditEvent._insert_plain: each column's value from the field's own get_db_prep_save, RETURNING id;
the ORM's save when a pre_save/post_save receiver listens or on SQLite): woo_archive_searched
1,072-1,082 -> 732-822 µs (best of 5, load ~20); and {% url 'name' %} without arguments (ten a page:
menu, footer, form actions) reversed once per process (template builtin meppel_archief.urltag, keyed
by name, current app, Django's cached resolver, script prefix and language): 32-34 -> 16-17 µs a
tag. Whole requests under cachegrind (PYTHONHASHSEED=0, start-up and 40 warm-up requests subtracted,
the 20 queries twice): main 113.8 M -> branch 110.8 M instructions a request (-2.7%, ~0.4-0.5 ms).
Statements per page unchanged; backend work unchanged (same INSERT, same row). Result pages of the
20 queries (pages 1-2, both modes, 80 pages but the CSRF token) byte-identical to main's; the audit
rows of those 100 requests (action, object, result, address, detail, actor) identical to main's, and
audit_verify finds the chain whole (2,450 rows written by both). CPU per request at that load (the
20 queries x3 / x2, alternately): 200k Python main 33.4 / 33.0 / 33.7 / 33.1 / 28.6 / 28.0 ms,
branch 30.3 / 30.1 / 27.8 / 29.5 / 26.0 / 28.0 (backend moved as much: contention); 1M at load ~20
main 29.8 / 31.3 / 32.1 / 31.4, branch 34.7 / 31.9 / 32.3 / 33.5 (backend 26-28 both), at load ~4
main 29.5 / 32.6, branch 29.4 / 28.7 (backend 28.7 / 32.0 vs 29.5 / 28.0) - noise. Wall on
`lead_1m_s52`, --runs 3, alternately: at load 15-19 main p50 343.6 / 331.7 ms (p95 539.5 / 487.3),
branch 295.3 / 450.3 (p95 501.2 / 637.5); 22:09-22:14 UTC at load 8 -> 2.7, eight runs each: main
p50 82.5 / 71.9 / 94.4 / 94.9 / 61.2 / 72.5 / 73.1 / 88.5 ms (median 77.8), p95 131.5 / 108.9 /
134.9 / 147.0 / 98.8 / 129.7 / 121.3 / 125.5; branch p50 76.9 / 85.8 / 71.8 / 85.2 / 80.3 / 60.4 /
79.9 / 61.3 (median 78.4), p95 313.0 / 138.8 / 164.3 / 124.5 / 114.1 / 92.8 / 105.5 / 114.4 - other
helpers still running: no difference above the spread, p50 not met at that load by either. Checked
and left: django-csp's header (0.03 ms a response, not the 0.3 guessed: not worth a cache); {%
static %} (eight a page, ~10 µs each: a caching storage would need the three settings' STORAGES
changed); the form's deepcopy of its fields (~0.14 ms) and its verzoek queryset (~0.04 ms);
ExtendsNode walking base.html's blocks every render (~0.05 ms, Django's own); render_highlight (~410
texts a page, all shown). **Goals not measured quiet; the cut is ~0.4-0.5 ms of Python CPU a request
(2.7% of its instructions).**
Final main of stop 52 (85b9dbc7: p50s52, Woo rounds 67 and 68, the text and screenshot rounds
merged) and stop 51's final main a1263b74 on `lead_1m_s52`, --runs 3, alternately at load 0.5-1.7
with nothing else running: a first pair at 22:56 UTC a1263b74 p50 51.1 / 49.8 / 52.1 / 52.6 / 60.7
ms, 85b9dbc7 55.0 / 50.1 / 50.1 / 57.0 / 59.0 / 70.5; after VACUUM ANALYZE (23:00-23:03) a1263b74
65.6 / 67.2 / 68.3, 85b9dbc7 61.1 / 63.3 / 68.4 (p95 68.9-123.2 ms for both, every run met) - the
wall times drifted upwards for both trees over ten minutes, so they tell the machine, not the
code. CPU per request instead (the 20 queries twice, three times a run, time.process_time and the
backend's /proc/<pid>/stat, alternately twice): Python a1263b74 35.6 / 35.5 / 30.6, 29.9 / 27.6 /
30.3, 33.1 / 34.7 / 31.6 ms; 85b9dbc7 26.7 / 27.7 / 27.1, 26.0 / 25.1 / 26.9, 34.7 / 29.1 / 28.5;
backend a1263b74 27.5-37.3, 85b9dbc7 29.5-35.5 ms. Rounds 67 and 68 (written-apart compounds,
-heid nouns, irregular plurals) cost no CPU above the spread. **p95 met in every run; p50 not met
on this machine at that hour (50-70 ms for both trees).**

Stop 53 (branch speed53s on main 2910635a), this machine, a smaller database by the brief (no 1M
seeded): `speed53s_bench`, 300,000 messages (6,105 records, 294,271 entries, seeded in 46 + 85 s
at load ~2.5, VACUUM ANALYZE), the 20 queries through the test client, load 4-18 all the hour
(other helpers, their valgrind runs). Statements per page 14-20 (337 for the 20 queries), the
same on main and branch. Where a request's Python CPU goes (main, process_time around each piece,
load 7-9; total 31-40 ms): search 18-24 (exchange_snippets 11.6-15.5, snippets 1.6-2.2, related
1.2-1.6, expand 0.8-1.0, records 0.7-0.9, groups 0.7-0.9), rendering 7.5-9.5 (_hit_items 2.9-4.0),
the audit row 1.7-2.0, the form 0.9-1.1. The cyclic collector after the warm-up: 0.32 gen-0
collections a request at ~5.8 ms each and 0.03 gen-1 at ~7.9 (~2 ms a request at load ~5); it
falls where the exchange's rows pile up (_small_talk_and_agenda's first call 3.6 ms, called again
on the same rows 1.8, 1.9 with the collector off). Backend (EXPLAIN ANALYZE, TIMING OFF, best of
3, same session, load ~7): "asbest" groups 11.9 ms, hits 8.9 (ts_headline of its 200 hits: ~30 us
a text, as much as to_tsvector of it, i.e. parsing and Dutch stemming; 3,225 of the 3,269 hits
read for the 20 queries are shown, so none is made in vain), related 1.3, windows 1.0, records
0.3; planning ~2 ms over the page's statements. The change, all in Python: the exchange's
candidates sorted by their position in the window (no map of every entry to its position and
keyed sort), used as found unless a headed conversation's opening is merged (no second walk of
every entry), no empty set made per row of that opening, the window rows not copied into a list;
the stored words by id as strings with the agenda points as a set of ids (no (woorden, agenda)
pair per row, ~1,100 a page); a result's shown and folded snippets in one walk. Replayed offline
(exchange_snippets on the 19 pages' captured inputs, the window rows stubbed, process_time, min
of 9, alternately, load ~13): main 6.87 / 6.36 / 5.78 ms, branch 6.06 / 6.18 / 5.61 a request
(-0.2 to -0.8). Whole requests (the 20 queries twice, three times a run, alternately, nine
measures each): at load 13-18 Python main median 32.6 ms, backend 18.5, the branch with the
reverted small-talk variant below 32.7 / 18.8; at load 10-12 main 33.3 / 18.5, final branch
37.0 / 21.8 - the backend, unchanged (same statements and rows), moved as much: contention, not
the code. Cachegrind of whole requests was started but could not finish at
that load. Result pages of the 20 queries (pages 1 and 2, per gesprek and per bericht: 80 pages,
the whole page but its CSRF token) byte-identical to main's; the exchange's output on those 80
pages' inputs identical (digest). Tried and reverted: the small-talk words as one joined string
split once (fewer lists kept for the collector, but every word split and hashed twice: no gain
offline). Checked and left: ts_headline (its output is what the page shows, PostgreSQL's own
fragment and stemming rules: not reproducible in Python byte for byte); a per-process cache of
whole results (the bench repeats its queries: it would measure the cache, not the search).
**Goals not measured on 1M; the cut is ~0.2-0.8 ms of the exchange's ~6 ms, below the spread
of whole requests at this load.**

Stop 55 (branch woo1m on main b2d1703f; CPU per request and the result pages with
bench/woo_search_cpu.py), database `woo1m_1m` freshly seeded by b2d1703f
(1,000,000 messages, 19,786 records, 979,830 entries, 1,040 s at load 5-10), VACUUM ANALYZE; the
hour at load 5-14 (other helpers and their tests), never quiet. Main's first run (06:27 UTC,
load 9.9): p50 136.5 ms, p95 229.4. Main and branch alternately, --runs 3, 06:56-06:59 at load
8-10: main p50 228.4 / 205.1 ms (p95 302.4 / 304.7), branch 188.2 / 230.8 (p95 251.9 / 404.1) -
noise. CPU per request (the 20 queries twice, time.process_time and the backend's
/proc/<pid>/stat): main at load 8 Python 23.7 / 24.3 / 24.0 ms, backend 23.5 / 23.3 / 23.5; at
load 11-12, alternately: main Python 25.3 / 24.9 / 24.4 / 24.2, backend 25.5 / 23.2 / 23.5 / 23.0;
branch 23.7 / 25.4 / 25.5 / 23.8, backend 22.5 / 23.3 / 24.0 / 22.5; at load 9 main 25.7 / 24.7,
backend 25.7 / 25.0, branch 23.9 / 23.6, backend 23.8 / 23.5 (the same within the spread: of the
20 only "omgewaaide boom fietspad" takes the changed statements; that request alone, 15 times,
alternately at load 7-9: backend main 58.7 / 59.3 ms, branch 57.3 / 55.3). Where main's time goes:
Python 22.5 ms (load 6): search 12.7 (exchange 6.8, of which its window rows 1.4 and small talk
1.1; hits 1.5, related 1.1, groups 0.9, expand 0.6, records 0.6, anchors 0.6), rendering 5.1
(the search_results tag 3.5, its hit lines 2.5), the audit row 1.5, the form 0.8, the collector
0.8; an empty search page 2.7 ms Python, 0.75 backend. Backend 23.5 ms: the groups statement
13.4 (asbest: 11 ms CPU, its two ts_rank calls ~3.5 of it), hits 3.9 (ts_headline ~2), windows
1.8, related 1.1, records 1.0, the eleven small statements ~2.5; planning ~1.5 ms a request;
302 statements for the 20 (12-19 a page). **The 20 queries cost no more CPU than at stops 35-37**
(Python then 24-31 ms, backend ~25): the search rounds since stop 34 added work to searches of
several words, which the bench has one of. There it is large: for 19 such queries (conversation
mode, groups() alone, 1M) main spent 96.5-100.2 ms of backend CPU each. Two causes, both cut
with the same rows: (1) the stored subject words' tsvector (_named_sql) was made once per typed
word and record, a to_tsvector of ~30 words each (to_tsvector in the select list is evaluated
per reference): now once per record in a subquery behind OFFSET 0 (_records_with_subject_vector;
"jeugdzorg wachtlijst kosten budget", that statement 58-60 -> 36-38 ms CPU); (2) the candidates
of a conversation search were numbered per day with a window of bool_or over each candidate's
(submission, day) and tested against every clause at once (allc): now grouped per day, then per
conversation (sums as bigint, as count(*) gives them), allc from the clause flags ("omgewaaide
boom fietspad" groups statement 37.3-39.3 -> 34.7-36.7 ms). The 19 queries: 96.5-100.2 -> 76.8-84.6
ms backend CPU each (-16%), Python unchanged. Same results: the 80 result pages of the 20 bench
queries (pages 1-2, both modes, all but the CSRF token) and the 80 of 20 queries of two to four
words byte-identical to main's on `woo1m_1m`; groups() of those 20 in both modes (18,417 groups
with their ranks, capped, partial ids) identical; woo_relevance_bench on blind44
identical per request (95.0% / 70.1% / 81.3%) and woo_search_digest's hashes of every page in
both modes identical. Checked and left: the audit row's COMMIT waits 2-4 ms for the WAL flush
(at load 4; synchronous_commit, a decision: stop 34); ts_rank and ts_headline (no cheaper exact
form); a GIN bitmap for the records statements (cheaper, but woo_searchrecord, 35 MB, is above
shared_buffers/4: its sequential scans are synchronised and start anywhere, so its rows come in
varying order on main too, and a bitmap gives another order - left as is). **p50 not met at
this load (not measurable); p95 not measurable at this load either (met at low load on earlier
stops); the single-word queries that decide p50 are unchanged: ~47 ms of CPU a request (mean, load 8-12).**

Stop 56 (branch woo1m56 on main 13e9cbcc), database `woo1m56_1m` freshly seeded by 13e9cbcc
(1,000,000 messages, 19,786 records, 979,830 entries, 4,514 s at load 12-24), VACUUM ANALYZE; the
hour at load 10-24 (other helpers), never quiet. Where the backend's CPU went besides execution:
the small fixed statements of every search page were parsed, analysed and planned each time,
at several times their execution (measured per statement, 300 runs each on one connection,
plain then prepared, twice, load ~23): the session's user with its permissions and roles 1.4-1.5
-> 0.2-0.4 ms, the shown records 2.0-2.1 -> 0.5-0.6, the unfinished records' counts 0.43 -> 0.07,
the form's choices 0.40 -> 0.13, the vocabulary and synonyms 0.40 -> 0.2-0.3, the session 0.17 ->
0.03-0.07, the municipality's contacts 0.17 -> 0.10, the person digests 0.13-0.17 -> 0.07-0.10:
~5.2 -> ~1.5 ms a request. Now each is a server-side prepared statement (accounts.prepared:
PREPARE on a connection's first use, in the same round trip as its first EXECUTE; later only
EXECUTE with the values; per raw connection, so a new one prepares again; values a plan
depends on, such as the partial index of the unfinished records, written into the prepared
text). After five custom plans PostgreSQL keeps a generic one for each; on 1M the records'
generic plan is the primary-key index scan the custom one was. Statements per page unchanged
(12-19, 302 for the 20). CPU per request (the 20 queries twice, two measures a run, main and
branch alternately, load 10-12): backend main 31.0 / 30.2, 29.0 / 29.8 ms, branch 29.0 / 30.0,
27.0 / 26.5; Python main 35.4 / 34.3, 30.6 / 32.9, branch 34.7 / 37.3, 30.4 / 30.7 (noise);
again three measures a run, load 13-15: backend main 27.5 / 28.0 / 29.0, branch 26.0 / 27.2 / 26.8
(one more pair, main's run overlapping a test run of mine: 32.2 / 31.2 / 32.8 vs 26.5 / 26.0 /
26.8), Python main 28.3 / 29.4 / 31.8, branch 28.8 / 31.8 / 31.0.
Wall (measure() of this bench, --runs 3, alternately, 10:15-10:17 UTC at load 11.8-12.9): main
p50 167.9 / 135.2 / 137.8 ms, p95 248.6 / 189.4 / 229.3; branch p50 159.5 / 121.5 / 130.1, p95
263.7 / 206.7 / 204.9; 10:27-10:29 at load 10.6-12.8: main p50 113.2 / 138.8 / 200.0, p95
222.2 / 226.8 / 271.7; branch p50 127.4 / 141.3 / 144.4, p95 234.1 / 238.5 / 284.7 - noise. Result pages of the 20 queries (pages 1-2,
both modes, 80 pages but the CSRF token) byte-identical to main's on this database and on a
100,000-message one; woo_relevance_bench on blind44 identical per request (95.0% / 70.1% /
81.3%). Not CPU but wall: the audit row's COMMIT waits for the WAL flush; a one-row INSERT and
COMMIT on this server took a median 11.7 ms (p90 32 ms) at load ~13 with other helpers writing,
0.33 ms with synchronous_commit off: at load the largest piece of a request that is neither
Python nor SQL. Keeping it durable, it could overlap the rendering (~5 ms CPU) if the audit row
were written on a second connection of the process and awaited before the response: left (two
connections per process; tests' atomic blocks and the test database's teardown need care).
Left too: the dynamic statements (hits, windows, related, subjects) prepared per text (parse
and plan 0.3-1 ms each at load, but generic plans of the GIN and LATERAL queries unchecked).
**Goals not measurable at this load; the cut is ~1.5-3 ms of backend CPU a request.**

Stop 57 (branch woo1m57 on main b3641cbc, 7 Dec 2026), database `woo1m57_1m` (a copy of `lead_1m`:
1,000,000 messages, 19,786 records, 979,830 entries); the hour at load 2.4-9 (other helpers). Where
a request's Python CPU goes now (main, process_time around each piece, the 20 queries x3, load
~5; total 32 ms): search 20 (exchange_snippets 12: exchange_by_record 10 of which its window
statement 3.1 (psycopg2's rows 1.1-1.5, their sort 0.4-0.6), small talk 1.6, the Snippets' _marked
1.2, candidates, times, local days, nearest content, datetimes 0.3-0.6 each; related 1.4-1.6),
rendering 5.4-7.0 (_hit_items 2.3-2.8), search_log 1.7-2.0 (the audit row 0.9-1.0, the persons'
and contacts' reads 0.4 each), the cyclic collector 1.1 (0.3 gen-0 collections a request; the
garbage is the test client's response cycle: ~390 SafeStrings and ~390 Snippets a request).
Backend (per statement kind, /proc/<pid>/stat, the 20 queries x3): groups 15.5 ms, hits 5.0
(EXPLAIN ANALYZE of "asbest": ts_headline of its 200 rows ~10 of 12.8 ms with timing on),
windows 3.2, related 0.8, the prepared small ones ~0.2-0.5 each. The change: the statements built
per query that stop 56 left as text (the hits, their subjects, the exchange's windows, the
related messages) are prepared per text too (woo.search._run, accounts.prepared; the tsqueries
and ids are EXECUTE's values; one name per text, at most PREPARED_SHAPES = 64 texts a process,
past that sent as text). The 20 queries have 8 hits texts and one each of the others; their
generic plans are the custom ones (the LATERAL index scans on (submission_id, seq), Memoize on the
words) and their rows identical to the text's (all 70 statements, 7 executions each). Backend CPU
per statement, text -> prepared (the captured statements of the 20 queries x6, psycopg2 on its
own, four alternations, load 9.3 and 2.6): hits 4.17 / 3.58 / 3.92 / 3.75 -> 3.25 / 3.25 / 3.83 /
3.75 ms and 5.33 / 6.42 / 4.83 / 3.75 -> 4.50 / 5.25 / 3.50 / 3.33; windows 2.63 / 2.63 / 2.72 /
2.81 -> 2.19 / 2.37 / 2.81 / 2.19 and 3.86 / 3.60 / 4.39 / 3.42 -> 3.42 / 3.60 / 4.30 / 2.89;
related 1.81 / 1.67 / 1.67 / 1.81 -> 1.25 / 1.25 / 1.53 / 1.25 and 2.08 / 2.50 / 2.22 / 2.36 ->
1.39 / 1.81 / 1.67 / 1.53; subjects ~0.2 -> ~0.2: ~0.9 ms backend a request (hits 1.0, windows
0.95, related 0.6 a request). Statements per page unchanged (12-19, 302 for the 20: the first use
sends PREPARE and EXECUTE in one round trip). Whole requests (the 20 queries twice, three measures
a run, main and branch alternately, three runs each): at load 7-9 Python main 28.9 / 27.6 / 30.3,
31.0 / 31.2 / 28.2, 29.2 / 26.5 / 28.6 ms, branch 31.3 / 27.4 / 29.5, 30.3 / 28.9 / 30.4, 24.6 /
28.3 / 28.8; backend main 24.2 / 24.3 / 27.0, 27.7 / 26.0 / 23.5, 25.0 / 23.2 / 24.0 (mean 25.0),
branch 26.5 / 23.8 / 25.0, 24.2 / 23.0 / 25.2, 21.8 / 23.8 / 23.0 (mean 24.0); at load 4.3-5.8
Python main 31.0 / 29.1 / 33.7, 29.8 / 32.1 / 35.2, 30.9 / 35.9 / 34.0, branch 29.5 / 35.1 / 28.0,
34.6 / 37.5 / 34.3, 39.3 / 40.8 / 41.0; backend main 27.2-30.8 (mean 28.3), branch 24.5-34.8 (mean
29.9; its last run 34-35 with Python at 39-41: contended) - the spread (5-10 ms) hides a 0.9 ms
cut. Result pages of the 20 queries (pages 1-2, both modes, 80 pages but the CSRF token)
byte-identical to main's on this database (bench/woo_search_cpu.py --pages, diff -r).
Tried and dropped: the windows' ranges sent sorted, so the Python sort meets sorted rows, and
the dedupe dict skipped (ranges of a conversation are merged: never a duplicate) - 0.40-0.58 ->
0.35-0.52 ms, not worth a guarantee to keep; the exchange's datetimes without astimezone (the zone
is the epoch's: the same object) - ~0.17 ms a request, left. Checked and left: the groups
statement (its two ts_rank calls, stops 38-39), ts_headline (stops 41, 53), the collector (the
bench's test client, not the app). **Goals not measured quiet; the cut is ~0.9 ms of backend CPU a
request, below the whole requests' spread at this load.**
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOAL_P50_MS = 50
GOAL_P95_MS = 150
NEW_RECORD_MESSAGES = 10_000


def ensure_database(server: str, name: str) -> None:
    import psycopg2

    connection = psycopg2.connect(f"{server}/postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            cursor.execute(f'CREATE DATABASE "{name}"')
            print(f"database {name} created")
    connection.close()


def setup_django(server: str, name: str) -> None:
    os.environ["DATABASE_URL"] = f"{server}/{name}"
    os.environ["DEBUG"] = "false"  # no query log: it would cost time and memory
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "meppel_archief.settings.dev")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()


def seed(messages: int) -> None:
    from django.core.management import call_command
    from django.db import connection

    from chats.models import Message
    from demo.archive.seeder import seed_archive

    call_command("migrate", verbosity=0)
    existing = Message.objects.count()
    if existing < messages:
        print(f"seeding {messages - existing} messages (existing: {existing}) ...", flush=True)
        report = seed_archive(messages=messages - existing, seed=existing + 1)
        print(
            f"seeded {report.messages} messages in {report.records} records, "
            f"{report.entries} index entries, in {report.seconds:.0f} s"
        )
        with connection.cursor() as cursor:
            # Every table the seeder filled in bulk, as autovacuum would in time: with stale
            # statistics the record list read all 20,000 archived records to find ten.
            cursor.execute("VACUUM ANALYZE")


def queries() -> list[dict]:
    from zaken.models import Zaak

    zaken = list(
        Zaak.objects.filter(zaaknummer__startswith="Z-")
        .order_by("pk")
        .values_list("zaaknummer", flat=True)[:40]
    )
    zaak_a, zaak_b = zaken[3], zaken[17]
    return [
        {"q": "asbest"},
        {"q": "windmolens"},
        {"q": "riool"},
        {"q": "jeugdzorg"},
        {"q": "kermis"},
        {"q": "aanbesteding"},
        {"q": "subsidie"},
        {"q": "dwangsom"},
        {"q": '"bestemmingsplan centrum"'},
        {"q": '"omgewaaide boom"'},
        {"q": '"last onder dwangsom"'},
        {"q": "omgewaaide boom fietspad"},
        {"q": "subsidie of vergunning"},
        {"q": "asbest -dak"},
        {"q": "subsidie", "van": "2021-01-01", "tot": "2021-12-31"},
        {"q": "windmolens", "van": "2023-03-01", "tot": "2023-09-30"},
        {"q": "parkeren", "van": "2020-01-01", "tot": "2020-06-30", "afdeling": "ruimte"},
        {"zaaknummer": zaak_a},
        {"q": "wethouder", "zaaknummer": zaak_b},
        {"q": "Woo-verzoek", "gesprekspartner": "bestuurder"},
    ]


def summary_line(html: str) -> str:
    """The result summary the page shows (the test client without instrumentation has no context)."""
    match = re.search(r'id="resultaat-samenvatting">(.*?)</p>', html, re.S)
    text = re.sub(r"\s+", " ", match.group(1)).strip() if match else "?"
    return text + (" (afgekapt)" if "meer treffers dan er gerangschikt" in html else "")


def gin_pending() -> str:
    """Entries waiting in the GIN pending list of the message index: every search reads them row
    by row (the search indexes are built with fastupdate off: migration woo 0010). "?" without pgstattuple."""
    from django.db import connection, transaction

    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pgstattuple")
            cursor.execute("SELECT pending_tuples FROM pgstatginindex('woo_entry_vector_gin')")
            return str(cursor.fetchone()[0])
    except Exception:  # noqa: BLE001 - only a figure for the report
        return "?"


def measure(runs: int) -> None:
    from django.contrib.auth import get_user_model
    from django.test import Client

    from accounts.roles import WOO_BEHANDELAAR, sync_roles

    groups = sync_roles()
    user, _ = get_user_model().objects.get_or_create(username="woo-bench")
    user.groups.add(groups[WOO_BEHANDELAAR])
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    cases = queries()
    for params in cases:  # warm-up: caches, connection, template loading
        response = client.get("/woo/zoeken/", params)
        assert response.status_code == 200, response.status_code
    samples: list[float] = []
    per_query: list[tuple[dict, float, str]] = []
    for params in cases:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            response = client.get("/woo/zoeken/", params)
            times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200
        samples += times
        found = summary_line(response.content.decode())
        per_query.append((params, statistics.median(times), found))
    for params, median, found in per_query:
        label = " ".join(f"{k}={v}" for k, v in params.items())
        print(f"  {median:7.1f} ms  {label:<60} {found}")
    samples.sort()
    p50 = statistics.median(samples)
    p95 = samples[min(len(samples) - 1, int(round(0.95 * len(samples))) - 1)]
    print(
        f"view latency over {len(samples)} requests: p50 {p50:.1f} ms (goal <= {GOAL_P50_MS}), "
        f"p95 {p95:.1f} ms (goal <= {GOAL_P95_MS}), max {samples[-1]:.1f} ms"
    )
    verdict = "MET" if p50 <= GOAL_P50_MS and p95 <= GOAL_P95_MS else "NOT MET"
    print(f"goal {verdict}")


def index_sizes() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT count(*),
                   pg_size_pretty(pg_relation_size('woo_searchentry')),
                   pg_size_pretty(pg_relation_size('woo_entry_vector_gin')),
                   pg_size_pretty(pg_indexes_size('woo_searchentry')),
                   pg_size_pretty(pg_total_relation_size('woo_searchentry'))
            FROM woo_searchentry
            """
        )
        rows, table, gin, indexes, total = cursor.fetchone()
    print(
        f"index: {rows} entries; table {table}, GIN index {gin}, all indexes {indexes}, "
        f"total with TOAST {total}"
    )


def index_new_record() -> None:
    from datetime import UTC, datetime, timedelta

    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from chats.models import Message, Participant, Submission
    from demo.archive.words import TOPICS, ChatGenerator
    from woo.indexing import index_submission

    user, _ = get_user_model().objects.get_or_create(username="woo-bench")
    submission = Submission.objects.create(
        submitted_by=user,
        upload_kind="ios_export",
        onderwerp="Benchmark: lang gesprek",
        omschrijving="Benchmark",
        gesprekspartner="collega",
        afdeling="bestuur",
        elders_vastgelegd="nee",
        status="gearchiveerd",
        archived_at=timezone.now(),
        message_count=NEW_RECORD_MESSAGES,
    )
    participant = Participant.objects.create(
        submission=submission, seq=1, name="Deelnemer", pseudonym="Deelnemer A"
    )
    gen = ChatGenerator(99)
    start = datetime(2025, 1, 6, 8, tzinfo=UTC)
    messages = []
    for seq in range(1, NEW_RECORD_MESSAGES + 1):
        generated = gen.message(TOPICS[seq % len(TOPICS)], 2025)
        messages.append(
            Message(
                submission=submission,
                seq=seq,
                sent_at=start + timedelta(minutes=seq),
                participant=participant,
                kind="text",
                text=generated.text,
                text_redacted=generated.text_redacted,
            )
        )
    Message.objects.bulk_create(messages, batch_size=5000)
    try:
        started = time.perf_counter()
        count = index_submission(submission_id=submission.pk)
        seconds = time.perf_counter() - started
        print(
            f"indexing a newly archived record of {NEW_RECORD_MESSAGES} messages: {seconds * 1000:.0f} ms ({count} entries)"
        )
    finally:
        Submission.objects.filter(pk=submission.pk).delete()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--database", default="meppel_woo_bench")
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    ensure_database(args.server, args.database)
    setup_django(args.server, args.database)
    seed(args.messages)
    print(f"load {os.getloadavg()[0]:.2f}; GIN pending entries before the runs: {gin_pending()}")
    measure(args.runs)
    index_sizes()
    index_new_record()


if __name__ == "__main__":
    main()
