// A real OpenID provider (the npm package oidc-provider, OpenID Certified) for the OIDC login
// tests. Its own development login page signs in any account name below; the claims carry the
// groups the app maps to roles and the `amr` of the sign-in. Configured by environment:
//   OIDC_TEST_PORT          the port (127.0.0.1)
//   OIDC_TEST_REDIRECT_URI  the app's callback (…/oidc/callback/)
//   OIDC_TEST_LOGOUT_URI    where the provider sends the browser after logging out
// Prints "ready <issuer>" on stdout once it listens.
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_TEST_PORT || 4011);
const issuer = `http://127.0.0.1:${port}`;

const ACCOUNTS = {
  inge: { name: 'Inge Bakker', given_name: 'Inge', family_name: 'Bakker', groups: ['GG-Archief-Informatiebeheer'], amr: ['pwd', 'mfa'] },
  wouter: { name: 'Wouter Smit', given_name: 'Wouter', family_name: 'Smit', groups: ['GG-Archief-Woo', 'GG-Koffie'], amr: ['pwd'] },
  nieuw: { name: 'Nina Nieuw', given_name: 'Nina', family_name: 'Nieuw', groups: [], amr: ['pwd'] },
};

const configuration = {
  clients: [{
    client_id: 'meppel-archief',
    client_secret: 'test-geheim-niet-voor-productie',
    redirect_uris: [process.env.OIDC_TEST_REDIRECT_URI],
    post_logout_redirect_uris: [process.env.OIDC_TEST_LOGOUT_URI],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
  }],
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'given_name', 'family_name', 'preferred_username'],
    groups: ['groups'],
    amr: ['amr'],
  },
  scopes: ['openid', 'email', 'profile', 'groups', 'amr'],
  conformIdTokenClaims: false,
  pkce: { required: () => false },
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  async findAccount(ctx, id) {
    const account = ACCOUNTS[id];
    if (!account) return undefined;
    return {
      accountId: id,
      async claims() {
        return { sub: id, preferred_username: id, email: `${id}@meppel.example`, email_verified: true, ...account };
      },
    };
  },
};

const provider = new Provider(issuer, configuration);
provider.listen(port, '127.0.0.1', () => {
  console.log(`ready ${issuer}`);
});
