"""Selecting text in the page as a mouse would: a DOM selection inside an element, then mouseup."""


def select_text_in(page, selector: str, text: str) -> None:
    """Select `text` inside the element `selector` and fire the mouseup the page listens for."""
    page.evaluate(
        """([selector, wanted]) => {
          const box = document.querySelector(selector);
          const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
          let node;
          while ((node = walker.nextNode())) {
            const at = node.data.indexOf(wanted);
            if (at >= 0) {
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + wanted.length);
              const selection = window.getSelection();
              selection.removeAllRanges();
              selection.addRange(range);
              box.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
              return;
            }
          }
          throw new Error("text not found");
        }""",
        [selector, text],
    )
