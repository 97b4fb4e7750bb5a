// A real OpenID Connect provider on loopback for the desk's tests and for trying the desk locally
// (npm oidc-provider): code flow with PKCE, signed ID tokens, discovery and keys, sign-out.
// Each test user carries a `roles` claim as Entra ID's app roles do:
//   viewer → Desk.Viewer, handler → Desk.Handler, admin → Desk.Admin, nobody → no role.
// Usage: node oidc-provider.mjs PORT CLIENT_ID CLIENT_SECRET REDIRECT_URI [POST_LOGOUT_REDIRECT_URI]
// Prints "listening ISSUER" once it answers. The sign-in page asks for a user name only (no password):
// it is a test provider, bound to 127.0.0.1.
import http from 'node:http';
import { URLSearchParams } from 'node:url';
import Provider from 'oidc-provider';

const [port, clientId, clientSecret, redirectUri, postLogoutUri] = process.argv.slice(2);
if (!port || !clientId || !clientSecret || !redirectUri) {
  console.error('usage: node oidc-provider.mjs PORT CLIENT_ID CLIENT_SECRET REDIRECT_URI [POST_LOGOUT_REDIRECT_URI]');
  process.exit(2);
}

const users = {
  viewer: { name: 'Viewer Test', roles: ['Desk.Viewer'] },
  handler: { name: 'Handler Test', roles: ['Desk.Handler'] },
  admin: { name: 'Admin Test', roles: ['Desk.Admin'] },
  nobody: { name: 'Nobody Test', roles: [] },
};

const issuer = `http://127.0.0.1:${port}`;
const provider = new Provider(issuer, {
  clients: [{
    client_id: clientId,
    client_secret: clientSecret,
    redirect_uris: [redirectUri],
    post_logout_redirect_uris: postLogoutUri ? [postLogoutUri] : [],
    response_types: ['code'],
    grant_types: ['authorization_code'],
    token_endpoint_auth_method: 'client_secret_post',
  }],
  pkce: { required: () => true },
  claims: { openid: ['sub', 'name', 'roles'] },
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: false } },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  findAccount: (ctx, id) => users[id] && {
    accountId: id,
    claims: () => ({ sub: id, name: users[id].name, roles: users[id].roles }),
  },
  cookies: { keys: ['desk-test-provider'] },
  ttl: { Session: 3600, Interaction: 600, Grant: 3600 },
});

const page = (uid) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test sign-in</title></head>
<body><main><h1>Test sign-in</h1><form method="post" action="/interaction/${uid}/login">
<label for="login">User name</label> <input id="login" name="login" autocomplete="username" autofocus>
<button type="submit">Sign in</button></form></main></body></html>`;

const readForm = (req) => new Promise((resolve, reject) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; if (body.length > 4096) reject(new Error('too long')); });
  req.on('end', () => resolve(new URLSearchParams(body)));
  req.on('error', reject);
});

// The sign-in step: a user name from the table above, then every scope the client asked for is granted.
async function interaction(req, res) {
  const match = /^\/interaction\/([^/]+)(\/login)?$/.exec(new URL(req.url, issuer).pathname);
  if (!match) {
    return false;
  }
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(details.uid));
    return true;
  }
  const login = (await readForm(req)).get('login')?.trim() ?? '';
  if (!users[login]) {
    res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' }).end(page(details.uid));
    return true;
  }
  const grant = new provider.Grant({ accountId: login, clientId: details.params.client_id });
  grant.addOIDCScope(String(details.params.scope ?? 'openid'));
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { login: { accountId: login }, consent: { grantId } }, { mergeWithLastSubmission: false });
  return true;
}

const callback = provider.callback();
http.createServer(async (req, res) => {
  try {
    if (!(await interaction(req, res))) {
      callback(req, res);
    }
  } catch (e) {
    res.writeHead(400, { 'content-type': 'text/plain' }).end(String(e.message ?? e));
  }
}).listen(Number(port), '127.0.0.1', () => console.log(`listening ${issuer}`));
