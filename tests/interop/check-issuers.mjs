// Self-check of the loopback issuers before (and besides) Satchel's own client: a wallet played
// by a published client library (@openid4vc/openid4vci's Openid4vciClient) against
// oid4vci-issuer.mjs, and a VC-API exchange (DIDAuthentication with a presentation signed by
// @digitalbazaar/vc) against vcapi-exchange.mjs. Each received credential is verified here
// (eddsa-rdfc-2022 with @digitalbazaar/vc, VC-JWTs with jose) and must name the holder DID.
//
//   node check-issuers.mjs      exits 0 when every check passes
import * as jose from 'jose';
import {Openid4vciClient} from '@openid4vc/openid4vci';
import {setGlobalConfig} from '@openid4vc/oauth2';
import {
  joseCallbacks, makeEd25519DidKey, makeP256DidJwk, jwkFromDidUrl, verifyCredential, signPresentation,
} from './issuer-common.mjs';
import {start, check, finish, expect, post, refused} from './check-common.mjs';

setGlobalConfig({allowInsecureUrls: true});

async function verifyReceived(credential, configurationId, holder) {
  if(configurationId === 'ob3_ldp_eddsa') {
    const result = await verifyCredential(credential);
    expect(result.verified, `the ldp_vc does not verify: ${result.error}`);
    expect(credential.credentialSubject.id === holder.did, 'credentialSubject.id is not the holder DID');
    return 'ldp_vc eddsa-rdfc-2022 verified';
  }
  const {kid, alg} = jose.decodeProtectedHeader(credential);
  const {payload} = await jose.compactVerify(credential, await jose.importJWK(await jwkFromDidUrl(kid), alg));
  const claims = JSON.parse(new TextDecoder().decode(payload));
  expect(claims.vc.credentialSubject.id === holder.did && claims.sub === holder.did, 'the VC-JWT is not bound to the holder');
  expect(claims.iss === kid.split('#')[0], 'iss is not the signing DID');
  return `jwt_vc_json ${alg} verified`;
}

// One wallet run: offer -> metadata -> token -> nonce -> proof -> credential (-> deferred).
async function receive(base, {configurations = ['ob3_ldp_eddsa'], grant = 'pre-authorized_code', txCode = null,
  sendTxCode = txCode, byReference = false, deferred = false, holder, expiresInSeconds = 600, reuse = false,
  beforeToken = async () => {}}) {
  const made = await post(`${base}/admin/offers`, {configurations, grant, txCode, byReference, deferred,
    expiresInSeconds});
  const client = new Openid4vciClient({callbacks: joseCallbacks({keys: [holder]})});
  const credentialOffer = await client.resolveCredentialOffer(made.body.offer);
  const issuerMetadata = await client.resolveIssuerMetadata(credentialOffer.credential_issuer);
  expect(issuerMetadata.credentialIssuer.credential_issuer === credentialOffer.credential_issuer,
    `metadata credential_issuer ${issuerMetadata.credentialIssuer.credential_issuer} differs from the offer's`);
  await beforeToken();
  let accessToken;
  if(grant === 'pre-authorized_code') {
    const token = () => client.retrievePreAuthorizedCodeAccessTokenFromOffer({credentialOffer, issuerMetadata,
      txCode: sendTxCode ?? undefined});
    ({accessTokenResponse: {access_token: accessToken}} = await token());
    if(reuse)
      await token();
  } else {
    const redirectUri = 'http://127.0.0.1:53682/callback';
    const {authorizationRequestUrl, pkce} = await client.createAuthorizationRequestUrlFromOffer({
      clientId: 'satchel-check', credentialOffer, issuerMetadata, redirectUri, scope: configurations.join(' ')});
    // The "browser": the authorization endpoint redirects at once, with no login page.
    const answer = await fetch(authorizationRequestUrl, {redirect: 'manual'});
    expect(answer.status === 302, `authorize answered ${answer.status}`);
    const location = new URL(answer.headers.get('location'));
    expect(location.origin + location.pathname === redirectUri, 'redirected elsewhere');
    const code = location.searchParams.get('code');
    expect(code, `no code: ${location}`);
    ({accessTokenResponse: {access_token: accessToken}} = await client.retrieveAuthorizationCodeAccessTokenFromOffer({
      credentialOffer, issuerMetadata, authorizationCode: code, pkceCodeVerifier: pkce.codeVerifier, redirectUri}));
  }
  const details = [];
  for(const credentialConfigurationId of configurations) {
    const {c_nonce: nonce} = await client.requestNonce({issuerMetadata});
    const {jwt} = await client.createCredentialRequestJwtProof({issuerMetadata, credentialConfigurationId, nonce,
      signer: {method: 'did', didUrl: holder.kid, alg: holder.alg}});
    const {credentialResponse} = await client.retrieveCredentials({issuerMetadata, accessToken,
      credentialConfigurationId, proofs: {jwt: [jwt]}});
    let credentials = credentialResponse.credentials;
    if(deferred) {
      expect(credentialResponse.transaction_id && !credentials, 'expected a transaction_id');
      const first = await client.retrieveDeferredCredentials({issuerMetadata, accessToken,
        transactionId: credentialResponse.transaction_id});
      expect(first.deferredCredentialResponse.transaction_id && !first.deferredCredentialResponse.credentials,
        'the first deferred call should still be pending');
      const second = await client.retrieveDeferredCredentials({issuerMetadata, accessToken,
        transactionId: credentialResponse.transaction_id});
      credentials = second.deferredCredentialResponse.credentials;
      details.push('pending, then issued');
    }
    expect(credentials?.length === 1, 'no credential');
    details.push(await verifyReceived(credentials[0].credential, credentialConfigurationId, holder));
  }
  return details.join('; ');
}

const ed = await makeEd25519DidKey();
const p256 = await makeP256DidJwk();
const oid = await start('oid4vci-issuer.mjs');
const base = oid.url;
try {
  await check('pre-authorized, no tx_code, ldp_vc, did:key holder',
    () => receive(base, {holder: ed}));
  await check('pre-authorized with tx_code, jwt_vc_json EdDSA, did:jwk P-256 holder',
    () => receive(base, {holder: p256, txCode: '4931', configurations: ['ob3_jwt_eddsa']}));
  await check('pre-authorized, offer by reference, jwt_vc_json ES256 (issuer did:jwk)',
    () => receive(base, {holder: ed, byReference: true, configurations: ['ob3_jwt_es256']}));
  await check('authorization code + PKCE S256, ldp_vc and jwt_vc_json',
    () => receive(base, {holder: ed, grant: 'authorization_code', configurations: ['ob3_ldp_eddsa', 'ob3_jwt_es256']}));
  await check('deferred (1.0: 202 transaction_id, then the credential)',
    () => receive(base, {holder: p256, deferred: true}));
  await check('deferred, pre-1.0 style (mode pendingAsError): issuance_pending error first', async () => {
    await post(`${base}/admin/mode`, {pendingAsError: true});
    const code = await refused(() => receive(base, {holder: ed, deferred: true}));
    await post(`${base}/admin/mode`, {});
    expect(code === 'issuance_pending', code);
    return code;
  });
  await check('wrong tx_code is refused with invalid_grant', async () => {
    const code = await refused(() => receive(base, {holder: ed, txCode: '4931', sendTxCode: '0000'}));
    expect(code === 'invalid_grant', code);
    return code;
  });
  await check('a reused pre-authorized code is refused with invalid_grant', async () => {
    const code = await refused(() => receive(base, {holder: ed, reuse: true}));
    expect(code === 'invalid_grant', code);
    return code;
  });
  await check('an expired offer is refused with invalid_grant', async () => {
    const code = await refused(() => receive(base, {holder: ed, expiresInSeconds: -60,
      beforeToken: () => new Promise(r => setTimeout(r, 20))}));
    expect(code === 'invalid_grant', code);
    return code;
  });
  await check('metadata credential_issuer mismatch is visible to the wallet', async () => {
    await post(`${base}/admin/mode`, {metadataIssuerMismatch: true});
    const message = await refused(() => receive(base, {holder: ed}));
    await post(`${base}/admin/mode`, {});
    expect(/credential_issuer|differs/.test(message), message);
    return 'refused';
  });
  await check('issuer unreachable after the token request', async () => {
    await post(`${base}/admin/mode`, {failAfter: 'token'});
    const message = await refused(() => receive(base, {holder: ed}));
    await post(`${base}/admin/mode`, {});
    const log = (await (await fetch(`${base}/admin/log`)).json()).requests;
    expect(log.at(-1).status === 'connection destroyed', JSON.stringify(log.at(-1)));
    return message.split('\n')[0].slice(0, 60);
  });
  await check('token endpoint redirecting to a non-https host', async () => {
    await post(`${base}/admin/mode`, {redirectNonHttps: true});
    const answer = await fetch(`${base}/token`, {method: 'POST', redirect: 'manual', body: 'grant_type=x',
      headers: {'Content-Type': 'application/x-www-form-urlencoded'}});
    await post(`${base}/admin/mode`, {});
    expect(answer.status === 302 && answer.headers.get('location').startsWith('http://example.invalid/'), 'no redirect');
    return `302 to ${answer.headers.get('location')}`;
  });
  await check('mso_mdoc is listed in metadata and refused if requested', async () => {
    const metadata = await (await fetch(`${base}/.well-known/openid-credential-issuer`)).json();
    expect(metadata.credential_configurations_supported.pid_mdoc.format === 'mso_mdoc', 'not listed');
    const code = await refused(() => receive(base, {holder: p256, configurations: ['pid_mdoc']}));
    expect(code === 'credential_request_denied', code);
    return code;
  });
  await check('a proof without the c_nonce is refused with invalid_nonce', async () => {
    const made = await post(`${base}/admin/offers`, {});
    const client = new Openid4vciClient({callbacks: joseCallbacks({keys: [ed]})});
    const credentialOffer = await client.resolveCredentialOffer(made.body.offer);
    const issuerMetadata = await client.resolveIssuerMetadata(base);
    const {accessTokenResponse} = await client.retrievePreAuthorizedCodeAccessTokenFromOffer({credentialOffer, issuerMetadata});
    const {jwt} = await client.createCredentialRequestJwtProof({issuerMetadata, credentialConfigurationId: 'ob3_ldp_eddsa',
      signer: {method: 'did', didUrl: ed.kid, alg: 'EdDSA'}, nonce: 'made-up'});
    const code = await refused(() => client.retrieveCredentials({issuerMetadata, accessToken: accessTokenResponse.access_token,
      credentialConfigurationId: 'ob3_ldp_eddsa', proofs: {jwt: [jwt]}}));
    expect(code === 'invalid_nonce', code);
    return code;
  });
  // The same flow by hand, with the request shapes README-issuers.md documents (no client library).
  const rawFlow = async ({holder, txCode = '4931', signWith = holder, singleProof = false,
    requestAs = 'ob3_jwt_es256', batch = 1}) => {
    const {body: made} = await post(`${base}/admin/offers`, {configurations: ['ob3_jwt_es256'], txCode});
    const offer = JSON.parse(new URL(made.offer).searchParams.get('credential_offer'));
    const metadata = await (await fetch(`${offer.credential_issuer}/.well-known/openid-credential-issuer`)).json();
    const asMetadata = await (await fetch(`${metadata.authorization_servers[0]}/.well-known/oauth-authorization-server`)).json();
    const tokenAnswer = await fetch(asMetadata.token_endpoint, {method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded'},
      body: new URLSearchParams({grant_type: 'urn:ietf:params:oauth:grant-type:pre-authorized_code',
        'pre-authorized_code': offer.grants['urn:ietf:params:oauth:grant-type:pre-authorized_code']['pre-authorized_code'],
        tx_code: txCode})});
    const token = await tokenAnswer.json();
    expect(tokenAnswer.status === 200 && token.token_type === 'Bearer', JSON.stringify(token));
    const {c_nonce} = await (await fetch(metadata.nonce_endpoint, {method: 'POST'})).json();
    const proof = await new jose.CompactSign(new TextEncoder().encode(JSON.stringify({
      aud: metadata.credential_issuer, iat: Math.floor(Date.now() / 1000), nonce: c_nonce})))
      .setProtectedHeader({typ: 'openid4vci-proof+jwt', alg: holder.alg, kid: holder.kid}).sign(signWith.privateKey);
    const answer = await fetch(metadata.credential_endpoint, {method: 'POST',
      headers: {'Content-Type': 'application/json', Authorization: `Bearer ${token.access_token}`},
      body: JSON.stringify({credential_configuration_id: requestAs,
        ...(singleProof ? {proof: {proof_type: 'jwt', jwt: proof}} : {proofs: {jwt: Array(batch).fill(proof)}})})});
    const body = await answer.json();
    if(answer.status !== 200)
      throw Object.assign(new Error(`${answer.status} ${JSON.stringify(body)}`), {errorResponse: body});
    expect(body.credentials.length === batch, `${body.credentials.length} credentials for ${batch} proofs`);
    const checked = [];
    for(const {credential} of body.credentials)
      checked.push(await verifyReceived(credential, 'ob3_jwt_es256', holder));
    return checked.join('; ');
  };
  await check('raw HTTP as documented: tx_code, nonce, proofs.jwt by a did:jwk holder',
    () => rawFlow({holder: p256}));
  await check('raw HTTP as documented: the single "proof" form by a did:key holder',
    () => rawFlow({holder: ed, singleProof: true}));
  await check('batch: two proofs with the one c_nonce give two credentials',
    () => rawFlow({holder: p256, batch: 2}));
  await check('a proof signed by another key than its kid is refused with invalid_proof', async () => {
    const other = await makeEd25519DidKey();
    const code = await refused(() => rawFlow({holder: ed, signWith: other}));
    expect(code === 'invalid_proof', code);
    return code;
  });
  await check('an unknown credential_configuration_id is refused with unknown_credential_configuration', async () => {
    const code = await refused(() => rawFlow({holder: ed, requestAs: 'no_such_configuration'}));
    expect(code === 'unknown_credential_configuration', code);
    return code;
  });
  await check('the admin log shows which proofs were verified', async () => {
    const log = (await (await fetch(`${base}/admin/log`)).json()).requests;
    const verified = log.filter(r => r.path === '/credential' && r.proofVerified).length;
    expect(verified >= 6, `only ${verified}`);
    return `${log.length} requests, ${verified} verified proofs`;
  });
} finally {
  oid.child.kill();
}

// ---- VC-API exchange -------------------------------------------------------------------------------
let vcapi;
try {
  vcapi = await start('vcapi-exchange.mjs');
} catch(e) {
  vcapi = null;
  await check('vcapi-exchange.mjs starts', () => { throw e; });
}
if(vcapi) {
  const base2 = vcapi.url;
  try {
    let replay;
    await check('VC-API exchange: interaction URL, DIDAuthentication, OB 3.0 credential back', async () => {
      const {body: made} = await post(`${base2}/admin/exchanges`, {});
      expect(made.dccDeepLink.startsWith('dccrequest://request?'), made.dccDeepLink);
      const protocols = await (await fetch(made.interactionUrl, {headers: {Accept: 'application/json'}})).json();
      const exchangeUrl = protocols.protocols.vcapi;
      expect(exchangeUrl === made.exchangeUrl, 'protocols.vcapi is not the exchange URL');
      const {body: request} = await post(exchangeUrl, {});
      const vpr = request.verifiablePresentationRequest;
      expect(vpr.query[0].type === 'DIDAuthentication', 'not a DIDAuthentication request');
      const presentation = await signPresentation(ed, vpr);
      const {status, body} = await post(exchangeUrl, {verifiablePresentation: presentation});
      expect(status === 200, `${status} ${JSON.stringify(body)}`);
      const credential = body.verifiablePresentation.verifiableCredential[0];
      const result = await verifyCredential(credential);
      expect(result.verified, result.error);
      expect(credential.credentialSubject.id === ed.did, 'not bound to the holder');
      replay = {exchangeUrl, presentation};
      return 'eddsa-rdfc-2022 credential verified';
    });
    await check('VC-API exchange: a replayed presentation is refused', async () => {
      const {status, body} = await post(replay.exchangeUrl, {verifiablePresentation: replay.presentation});
      expect(status >= 400 && body.error, `${status}`);
      return `${status} ${body.error}`;
    });
    await check('VC-API exchange: a VCDM 1.1 presentation is accepted too', async () => {
      const {body: made} = await post(`${base2}/admin/exchanges`, {});
      const {body: request} = await post(made.exchangeUrl, {});
      const presentation = await signPresentation(ed, request.verifiablePresentationRequest,
        {context: 'https://www.w3.org/2018/credentials/v1'});
      const {status, body} = await post(made.exchangeUrl, {verifiablePresentation: presentation});
      expect(status === 200, `${status} ${JSON.stringify(body)}`);
      return 'credential received';
    });
    await check('VC-API exchange: a presentation signed by another key than the holder is refused', async () => {
      const {body: made} = await post(`${base2}/admin/exchanges`, {});
      const {body: request} = await post(made.exchangeUrl, {});
      const other = await makeEd25519DidKey();
      const presentation = await signPresentation(other, request.verifiablePresentationRequest);
      presentation.holder = ed.did;
      const {status, body} = await post(made.exchangeUrl, {verifiablePresentation: presentation});
      expect(status === 401 && body.error, `${status}`);
      return `${status} ${body.error.slice(0, 60)}`;
    });
    await check('VC-API exchange: a presentation with the wrong challenge is refused', async () => {
      const {body: made} = await post(`${base2}/admin/exchanges`, {});
      const {body: request} = await post(made.exchangeUrl, {});
      const presentation = await signPresentation(ed, {...request.verifiablePresentationRequest, challenge: 'wrong'});
      const {status, body} = await post(made.exchangeUrl, {verifiablePresentation: presentation});
      expect(status >= 400 && body.error, `${status}`);
      return `${status} ${body.error.slice(0, 60)}`;
    });
  } finally {
    vcapi.child.kill();
  }
}

finish();
