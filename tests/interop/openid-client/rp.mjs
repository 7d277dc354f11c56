// Interop: the certified openid-client library (v6) signs in through the hub as a relying party:
// discovery, authorization code + PKCE S256, private_key_jwt, RFC 9207 iss check, ID token validation,
// userinfo. The browser part (provider login, consent) is scripted by browser.mjs.
// Settings come from the environment (docs/interop.md); the result is one JSON line on stdout.
import { readFile } from 'node:fs/promises';
import * as client from 'openid-client';
import { ScriptedBrowser } from './browser.mjs';

const env = (name, fallback) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) {
    throw new Error(`set ${name}`);
  }
  return value;
};

const issuer = new URL(env('HUB_ISSUER'));
const clientId = env('CLIENT_ID');
const redirectUri = env('REDIRECT_URI');
const jwk = JSON.parse(await readFile(env('CLIENT_KEY_FILE'), 'utf8'));
const verbose = process.env.VERBOSE === '1';

const { d, kid, alg = 'ES256' } = jwk;
if (!d) {
  throw new Error('CLIENT_KEY_FILE must hold a private JWK');
}
const key = await crypto.subtle.importKey(
  'jwk', jwk, { name: 'ECDSA', namedCurve: jwk.crv ?? 'P-256' }, false, ['sign']);

const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
// HTTP_TIMEOUT (seconds, default 60; the library's own default is 30): for every request the library makes.
const timeout = Number(env('HTTP_TIMEOUT', '60'));
const config = await client.discovery(
  issuer, clientId, { token_endpoint_auth_signing_alg: alg }, client.PrivateKeyJwt({ key, kid }),
  { timeout, ...(loopback ? { execute: [client.allowInsecureRequests] } : {}) });

const codeVerifier = client.randomPKCECodeVerifier();
const state = client.randomState();
const nonce = client.randomNonce();
const parameters = {
  redirect_uri: redirectUri,
  scope: env('SCOPE', 'openid profile'),
  code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
  code_challenge_method: 'S256',
  state,
  nonce,
};
if (process.env.ACR_VALUES) parameters.acr_values = process.env.ACR_VALUES;
if (process.env.IDP_HINT) parameters.idp_hint = process.env.IDP_HINT;
const authorizationUrl = client.buildAuthorizationUrl(config, parameters);

const browser = new ScriptedBrowser({
  username: env('USERNAME'),
  password: env('PASSWORD'),
  choice: process.env.CHOICE,
  log: verbose ? (line) => console.error(line) : () => {},
});

try {
  const callback = new URL(await browser.browseUntil(authorizationUrl.toString(), redirectUri));
  const tokens = await client.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: codeVerifier,
    expectedState: state,
    expectedNonce: nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  const userinfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
  const header = JSON.parse(Buffer.from(tokens.id_token.split('.')[0], 'base64url').toString('utf8'));
  console.log(JSON.stringify({
    library: 'openid-client@6.8.9',
    // openid-client checks the RFC 9207 iss response parameter when the provider announces it.
    iss_parameter_checked: config.serverMetadata().authorization_response_iss_parameter_supported === true,
    callback_iss: callback.searchParams.get('iss'),
    id_token_alg: header.alg,
    id_token_claims: claims,
    userinfo,
  }));
} catch (error) {
  // An OAuth error the library surfaced (e.g. AuthorizationResponseError for an error at the redirect_uri), as JSON.
  console.log(JSON.stringify({
    library: 'openid-client@6.8.9',
    failure: {
      name: error?.name,
      code: error?.code,
      error: error?.error,
      error_description: error?.error_description,
      message: error?.message,
    },
  }));
  process.exitCode = 1;
}
