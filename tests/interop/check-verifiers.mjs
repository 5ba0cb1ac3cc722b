// Self-check of the loopback verifiers before (and besides) Satchel's own wallet: the wallet is
// played by published libraries against oid4vp-verifier.mjs (@openid4vc/openid4vp's
// Openid4vpClient parses, resolves and checks each request, creates and submits the response;
// dcql picks the credentials for a DCQL query; @digitalbazaar/vc signs Data Integrity
// presentations, jose jwt_vp_json ones) and against vcapi-exchange.mjs's presentation exchanges.
// Each accepted presentation must also be accepted by the verifier's own checks (GET
// /admin/results/ID), and every negative case must be refused where README-verifiers.md says.
//
//   node check-verifiers.mjs      exits 0 when every check passes; last lines "N/N passed"
import crypto from 'node:crypto';
import * as jose from 'jose';
import {Openid4vpClient} from '@openid4vc/openid4vp';
import {setGlobalConfig} from '@openid4vc/oauth2';
import {DcqlQuery} from 'dcql';
import {
  joseCallbacks, makeEd25519DidKey, makeP256DidKey, makeP256DidJwk, achievementCredential, signDataIntegrity,
  signVcJwt, signPresentation, expandedTypes, VC_V2,
} from './issuer-common.mjs';
import {start, check, finish, expect, post, getJson, refused} from './check-common.mjs';

setGlobalConfig({allowInsecureUrls: true});

// ---- the wallet's keys and credentials ---------------------------------------------------------
const ed = await makeEd25519DidKey();       // eddsa-rdfc-2022 / EdDSA holder
const p256 = await makeP256DidKey();        // ecdsa-rdfc-2019 holder (did:key:zDn…)
const p256Jwk = await makeP256DidJwk();     // ES256 holder (did:jwk)
const issuerEd = await makeEd25519DidKey();
const issuerP256 = await makeP256DidJwk();
const issuerEcdsa = await makeP256DidKey();
const networking = 'Loopback Networking';
const routing = 'Loopback Routing';

const credentialFor = (holder, achievementName = networking, issuer = issuerEd) =>
  achievementCredential({issuerDid: issuer.did, subjectDid: holder.did, achievementName});
const ldpCredential = (holder, name, issuer = issuerEd) => signDataIntegrity(credentialFor(holder, name, issuer), issuer);
const jwtCredential = (holder, name, issuer = issuerEd) => signVcJwt(credentialFor(holder, name, issuer), issuer);

// A jwt_vp_json presentation (VCDM 1.1 JWT: the VP in the "vp" claim) signed by the holder.
async function jwtPresentation(holder, {nonce, audience}, credentials, signWith = holder) {
  const payload = {iss: holder.did, aud: audience, nonce, iat: Math.floor(Date.now() / 1000),
    jti: `urn:uuid:${crypto.randomUUID()}`,
    vp: {'@context': [VC_V2], type: ['VerifiablePresentation'], holder: holder.did, verifiableCredential: credentials}};
  return new jose.CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({alg: holder.alg, typ: 'JWT', kid: holder.kid}).sign(signWith.privateKey);
}

// The credential JSON a stored credential stands for (a VC-JWT's "vc" claim), for DCQL matching.
const credentialJson = stored => typeof stored === 'string' ? jose.decodeJwt(stored).vc : stored;

// ---- one wallet run ----------------------------------------------------------------------------
// wallet: {holder, credentials (ldp_vc JSON or VC-JWT strings), format}; tamper(presentationArgs)
// may change what is signed (challenge, domain, signer) for the negative cases.
const client = new Openid4vpClient({callbacks: joseCallbacks()});

async function resolve(link, walletOptions) {
  const {params} = client.parseOpenid4vpAuthorizationRequest({authorizationRequest: link});
  return client.resolveOpenId4vpAuthorizationRequest({authorizationRequestPayload: params, wallet: walletOptions});
}

async function present(base, options, {holder, credentials, tamper = x => x, walletOptions, answerTwice = false}) {
  const made = (await post(`${base}/admin/requests`, options)).body;
  expect(made.request, JSON.stringify(made));
  const resolved = await resolve(made.request, walletOptions);
  const request = resolved.authorizationRequestPayload;
  expect(request.nonce === made.nonce && request.client_id === made.clientId, 'the resolved request is not the one made');
  const format = options.format ?? 'ldp_vp';
  const sign = async chosen => {
    const args = tamper({holder, signWith: holder, nonce: request.nonce, audience: request.client_id, credentials: chosen});
    if(format === 'jwt_vp_json')
      return jwtPresentation(args.holder, {nonce: args.nonce, audience: args.audience}, args.credentials, args.signWith);
    const presentation = await signPresentation(args.signWith, {challenge: args.nonce, domain: args.audience},
      {credentials: args.credentials});
    if(args.signWith !== args.holder)
      presentation.holder = args.holder.did;
    return presentation;
  };
  let authorizationResponsePayload;
  if(resolved.dcql) {
    // dcql (the library) picks a credential for each credential query.
    const query = DcqlQuery.parse(resolved.dcql.query);
    const candidates = await Promise.all(credentials.map(async stored => ({
      credential_format: typeof stored === 'string' ? 'jwt_vc_json' : 'ldp_vc',
      type: await expandedTypes(credentialJson(stored)), claims: credentialJson(stored),
      cryptographic_holder_binding: true})));
    const matches = DcqlQuery.query(query, candidates);
    const vpToken = {};
    for(const credentialQuery of query.credentials) {
      const match = matches.credential_matches[credentialQuery.id];
      const index = match?.valid_credentials?.[0]?.input_credential_index;
      vpToken[credentialQuery.id] = [await sign(index === undefined ? [credentials[0]] : [credentials[index]])];
    }
    authorizationResponsePayload = {vp_token: vpToken};
  } else {
    // Presentation Exchange: one presentation with the credentials in descriptor order.
    const definition = resolved.pex.presentation_definition;
    const chosen = credentials.slice(0, definition.input_descriptors.length);
    const nested = format === 'jwt_vp_json' ? ['jwt_vc_json', '$.vp.verifiableCredential'] : ['ldp_vc', '$.verifiableCredential'];
    authorizationResponsePayload = {vp_token: await sign(chosen), presentation_submission: {id: crypto.randomUUID(),
      definition_id: definition.id, descriptor_map: definition.input_descriptors.map((d, i) => ({id: d.id, format,
        path: '$', path_nested: {format: nested[0], path: `${nested[1]}[${i}]`}}))}};
  }
  const {authorizationResponsePayload: payload} = await client.createOpenid4vpAuthorizationResponse({
    authorizationRequestPayload: request, authorizationResponsePayload});
  const submit = async () => {
    const {response} = await client.submitOpenid4vpAuthorizationResponse({authorizationRequestPayload: request,
      authorizationResponsePayload: payload});
    return {status: response.status, body: await response.json()};
  };
  const answer = await submit();
  const second = answerTwice ? await submit() : null;
  const result = await getJson(`${base}/admin/results/${made.id}`);
  return {made, resolved, answer, second, result, payload};
}

// An accepted run: 200 with redirect_uri, and the verifier's own conclusion is "accepted".
async function accepted(base, options, wallet) {
  const run = await present(base, options, wallet);
  expect(run.answer.status === 200 && run.answer.body.redirect_uri?.endsWith(`/done/${run.made.id}`),
    `answered ${run.answer.status} ${JSON.stringify(run.answer.body)}`);
  expect(run.result.status === 'accepted', `verifier concluded ${JSON.stringify(run.result)}`);
  expect(run.result.holder === wallet.holder.did, `holder ${run.result.holder}`);
  expect(run.result.credentialTypes.includes('OpenBadgeCredential'), 'no OpenBadgeCredential type');
  return run;
}

// A refused run: the verifier answers 400 invalid_request and concludes "rejected".
async function rejected(base, options, wallet, pattern) {
  const run = await present(base, options, wallet);
  expect(run.answer.status === 400 && run.answer.body.error === 'invalid_request',
    `answered ${run.answer.status} ${JSON.stringify(run.answer.body)}`);
  expect(run.result.status === 'rejected' && run.result.errors.some(e => pattern.test(e)),
    `verifier concluded ${JSON.stringify(run.result)}`);
  return `400 invalid_request; ${run.result.errors[0].slice(0, 70)}`;
}

const oid = await start('oid4vp-verifier.mjs');
const base = oid.url;
try {
  const ldpEd = await ldpCredential(ed);
  const ldpEdRouting = await ldpCredential(ed, routing);
  const jwtEd = await jwtCredential(ed);
  const jwtP256 = await jwtCredential(p256Jwk, networking, issuerP256);
  const jwtP256Routing = await jwtCredential(p256Jwk, routing, issuerP256);
  const ldpEcdsa = await ldpCredential(p256, networking, issuerEcdsa);

  let replay;
  await check('DCQL, ldp_vp eddsa-rdfc-2022, unsigned request (redirect_uri:)', async () => {
    const run = await accepted(base, {}, {holder: ed, credentials: [ldpEd], answerTwice: true});
    expect(run.made.clientId.startsWith('redirect_uri:'), run.made.clientId);
    expect(run.resolved.version === 100, `library read the request as version ${run.resolved.version}`);
    expect(run.result.credentialIds[0] === ldpEd.id, 'credentialIds');
    replay = run;
    return `accepted, client ${run.resolved.client.prefix}`;
  });
  await check('the same response again is refused (replayed nonce)', async () => {
    expect(replay.second.status === 400 && replay.second.body.error === 'invalid_request',
      `${replay.second.status} ${JSON.stringify(replay.second.body)}`);
    const result = await getJson(`${base}/admin/results/${replay.made.id}`);
    expect(result.status === 'accepted' && result.answers === 2, JSON.stringify(result));
    return `400 ${replay.second.body.error_description}`;
  });
  await check('DCQL, two credentials by achievement name, request object signed by did:key (by value)', async () => {
    const run = await accepted(base, {signed: 'did', items: [{achievementName: routing, issuer: issuerEd.did},
      {achievementName: networking}]}, {holder: ed, credentials: [ldpEd, ldpEdRouting]});
    expect(run.resolved.client.prefix === 'decentralized_identifier' && run.resolved.jar, 'not a did-signed JAR');
    expect(run.result.credentialIds.length === 2 && run.result.credentialIds[0] === ldpEdRouting.id,
      `dcql picked ${JSON.stringify(run.result.credentialIds)}`);
    return `accepted, ${run.result.credentialIds.length} credentials`;
  });
  await check('DCQL, jwt_vp_json EdDSA (did:key holder), request_uri GET', async () => {
    const run = await accepted(base, {format: 'jwt_vp_json', signed: 'did', byReference: 'get'},
      {holder: ed, credentials: [jwtEd]});
    expect(run.resolved.jar?.sendBy === 'reference', 'not by reference');
    return 'accepted';
  });
  await check('DCQL, jwt_vp_json ES256 (did:jwk holder, did:jwk issuer), request_uri POST with wallet_metadata', async () => {
    const run = await accepted(base, {format: 'jwt_vp_json', signed: 'did', byReference: 'post'},
      {holder: p256Jwk, credentials: [jwtP256], walletOptions: {metadata: {vp_formats_supported: {jwt_vc_json: {}}}}});
    return `accepted, request_uri_method=${new URL(run.made.request).searchParams.get('request_uri_method')}`;
  });
  await check('DCQL, ldp_vp ecdsa-rdfc-2019 (P-256 did:key holder and issuer)', async () => {
    await accepted(base, {}, {holder: p256, credentials: [ldpEcdsa]});
    return 'accepted';
  });
  await check('request_uri POST as the spec says: wallet_nonce is echoed in the signed request object', async () => {
    const {body: made} = await post(`${base}/admin/requests`, {signed: 'did', byReference: 'post'});
    const requestUri = new URL(made.request).searchParams.get('request_uri');
    const answer = await fetch(requestUri, {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/oauth-authz-req+jwt'}, body: new URLSearchParams({wallet_nonce: 'wn-123',
      wallet_metadata: JSON.stringify({vp_formats_supported: {ldp_vc: {}}})})});
    expect(answer.headers.get('content-type') === 'application/oauth-authz-req+jwt', answer.headers.get('content-type'));
    const jwt = await answer.text();
    const resolved = await client.resolveOpenId4vpAuthorizationRequest({authorizationRequestPayload:
      {client_id: made.clientId, request: jwt}, wallet: {expectedNonce: 'wn-123'}});
    expect(resolved.authorizationRequestPayload.wallet_nonce === 'wn-123', 'no wallet_nonce');
    return 'wallet_nonce verified by the library';
  });
  await check('DCQL, ldp_vp, request object signed with a self-signed certificate (x509_san_dns:localhost)', async () => {
    const run = await accepted(base, {signed: 'x509'}, {holder: ed, credentials: [ldpEd]});
    expect(run.resolved.client.prefix === 'x509_san_dns' && run.resolved.jar.signer.method === 'x5c', 'not x5c');
    const keys = await getJson(`${base}/admin/keys`);
    expect(run.resolved.jar.signer.x5c[0] === keys.x509Certificate, 'not the verifier certificate');
    return `accepted, response_uri ${new URL(run.resolved.authorizationRequestPayload.response_uri).host}`;
  });
  await check('Presentation Exchange, jwt_vp_json EdDSA, x509_san_dns by reference (POST)', async () => {
    await accepted(base, {query: 'pe', format: 'jwt_vp_json', signed: 'x509', byReference: 'post'},
      {holder: ed, credentials: [jwtEd]});
    return 'accepted';
  });
  await check('Presentation Exchange, ldp_vp, unsigned', async () => {
    const run = await accepted(base, {query: 'pe'}, {holder: ed, credentials: [ldpEd]});
    expect(run.resolved.pex && run.resolved.version < 100, 'not read as a PE (draft) request');
    return `accepted (library read it as draft ${run.resolved.version})`;
  });
  await check('Presentation Exchange, jwt_vp_json ES256, two credentials, did-signed by reference', async () => {
    const run = await accepted(base, {query: 'pe', format: 'jwt_vp_json', signed: 'did', byReference: 'get',
      items: [{achievementName: networking}, {achievementName: routing}]},
    {holder: p256Jwk, credentials: [jwtP256, jwtP256Routing]});
    expect(run.made.clientId.startsWith('did:key:'), run.made.clientId);
    return `accepted, ${run.result.credentialIds.length} credentials`;
  });
  await check('Presentation Exchange: a credential that does not answer the descriptor is refused', () =>
    rejected(base, {query: 'pe', items: [{achievementName: routing}]}, {holder: ed, credentials: [ldpEd]},
      /does not answer/));

  // ---- the verifier refuses ----
  await check('DCQL: a credential that does not answer the query is refused (dcql)', () =>
    rejected(base, {items: [{achievementName: routing}]}, {holder: ed, credentials: [ldpEd]}, /DCQL query/));
  await check('ldp_vp with another challenge than the nonce is refused', () =>
    rejected(base, {}, {holder: ed, credentials: [ldpEd], tamper: a => ({...a, nonce: 'not-the-nonce'})}, /challenge/i));
  await check('ldp_vp with another domain than the client_id is refused', () =>
    rejected(base, {signed: 'did'}, {holder: ed, credentials: [ldpEd], tamper: a => ({...a, audience: 'http://127.0.0.1/other'})},
      /domain/i));
  await check('jwt_vp_json with another aud than the client_id is refused', () =>
    rejected(base, {format: 'jwt_vp_json'}, {holder: ed, credentials: [jwtEd],
      tamper: a => ({...a, audience: 'redirect_uri:http://127.0.0.1/other'})}, /aud/));
  await check('jwt_vp_json with another nonce is refused', () =>
    rejected(base, {format: 'jwt_vp_json'}, {holder: ed, credentials: [jwtEd], tamper: a => ({...a, nonce: 'x'})}, /nonce/));
  await check('jwt_vp_json signed by another key than its kid is refused', async () => {
    const other = await makeEd25519DidKey();
    return rejected(base, {format: 'jwt_vp_json'}, {holder: ed, credentials: [jwtEd], tamper: a => ({...a, signWith: other})},
      /signature/);
  });
  await check('ldp_vp signed by another key than the holder is refused', async () => {
    const other = await makeEd25519DidKey();
    return rejected(base, {}, {holder: ed, credentials: [ldpEd], tamper: a => ({...a, signWith: other})}, /by the holder/);
  });
  await check('a credential about someone else is refused (holder binding)', async () => {
    const other = await makeEd25519DidKey();
    return rejected(base, {}, {holder: ed, credentials: [await ldpCredential(other)]}, /not about the holder/);
  });
  await check('a tampered credential is refused (its issuer proof fails)', async () => {
    const tampered = structuredClone(ldpEd);
    tampered.credentialSubject.achievement.description = 'Changed after issuance.';
    return rejected(base, {}, {holder: ed, credentials: [tampered]}, /verify/);
  });
  await check('a presentation with an unknown remote @context is refused, nothing fetched', async () => {
    const {body: made} = await post(`${base}/admin/requests`, {});
    const params = Object.fromEntries(new URL(made.request).searchParams);
    const presentation = await signPresentation(ed, {challenge: params.nonce, domain: params.client_id},
      {credentials: [ldpEd]});
    presentation['@context'] = [...presentation['@context'], 'https://example.invalid/context.jsonld'];
    const answer = await fetch(params.response_uri, {method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded'},
      body: new URLSearchParams({vp_token: JSON.stringify({badge_1: [presentation]}), state: params.state})});
    const result = await getJson(`${base}/admin/results/${made.id}`);
    expect(answer.status === 400 && result.status === 'rejected' &&
      /example\.invalid/.test(result.errors.join()), JSON.stringify(result));
    return result.errors[0].slice(0, 70);
  });
  await check('a tampered VC-JWT is refused', async () => {
    const [h, , s] = jwtEd.split('.');
    const claims = jose.decodeJwt(jwtEd);
    claims.vc.name = 'Changed';
    const tampered = `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`;
    return rejected(base, {format: 'jwt_vp_json'}, {holder: ed, credentials: [tampered]}, /credential 0/);
  });

  // ---- the wallet refuses (the library's checks, which Satchel must make too) ----
  await check('badSignature: the wallet library refuses the request object', async () => {
    const {body: made} = await post(`${base}/admin/requests`, {signed: 'did', badSignature: true});
    const code = await refused(() => resolve(made.request));
    return code.split('\n')[0].slice(0, 80);
  });
  await check('badSignature with x509_san_dns: the wallet library refuses the request object', async () => {
    const {body: made} = await post(`${base}/admin/requests`, {signed: 'x509', badSignature: true});
    const code = await refused(() => resolve(made.request));
    return code.split('\n')[0].slice(0, 80);
  });
  await check('mismatchedClientId (x509_san_dns:localhost, response_uri on 127.0.0.1): refused', async () => {
    const {body: made} = await post(`${base}/admin/requests`, {signed: 'x509', mismatchedClientId: true});
    const code = await refused(() => resolve(made.request));
    expect(code === 'invalid_request', code);
    return code;
  });
  await check('mismatchedClientId (redirect_uri: not the response_uri): refused with invalid_client', async () => {
    const {body: made} = await post(`${base}/admin/requests`, {mismatchedClientId: true});
    const code = await refused(() => resolve(made.request));
    expect(code === 'invalid_client', code);
    return code;
  });
  await check('mismatchedClientId (signed, client_id another DID than the signer): refused', async () => {
    const {body: made} = await post(`${base}/admin/requests`, {signed: 'did', mismatchedClientId: true});
    const code = await refused(() => resolve(made.request));
    expect(code === 'invalid_request', code);
    return code;
  });
  await check('an expired request: the wallet library refuses its request object (exp)', async () => {
    const {body: made} = await post(`${base}/admin/requests`, {signed: 'did', expiresInSeconds: -60});
    const code = await refused(() => resolve(made.request));
    expect(/exp/.test(code), code);
    return code.split('\n')[0].slice(0, 70);
  });
  await check('an expired unsigned request: the verifier refuses the response', () =>
    rejected(base, {expiresInSeconds: -60}, {holder: ed, credentials: [ldpEd], tamper: a => a}, /expired/));
  await check('failWith server_error: the response endpoint answers 500 server_error', async () => {
    const run = await present(base, {failWith: 'server_error'}, {holder: ed, credentials: [ldpEd]});
    expect(run.answer.status === 500 && run.answer.body.error === 'server_error', `${run.answer.status}`);
    expect(run.result.status === 'rejected', JSON.stringify(run.result));
    return `${run.answer.status} ${run.answer.body.error}`;
  });
  await check('hangUp: the response endpoint closes the connection without answering', async () => {
    const failure = await present(base, {hangUp: true}, {holder: ed, credentials: [ldpEd]}).then(() => null, e => e);
    expect(failure, 'the wallet library got an answer');
    return String(failure?.cause?.code ?? failure?.message ?? failure).slice(0, 70);
  });
  await check('failWith at the request_uri: the wallet library cannot fetch the request object', async () => {
    const {body: made} = await post(`${base}/admin/requests`, {signed: 'did', byReference: 'get',
      failWith: 'server_error', failAt: 'request'});
    const code = await refused(() => resolve(made.request));
    expect(code === 'invalid_request_uri', code);
    return code;
  });

  // ---- raw HTTP, as README-verifiers.md documents it (no client library) ----
  await check('raw HTTP: the wallet declines (error=access_denied) and the verifier records it', async () => {
    const {body: made} = await post(`${base}/admin/requests`, {});
    const link = new URL(made.request);
    const answer = await fetch(link.searchParams.get('response_uri'), {method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded'},
      body: new URLSearchParams({error: 'access_denied', error_description: 'the holder declined',
        state: link.searchParams.get('state')})});
    expect(answer.status === 200, `${answer.status}`);
    const result = await getJson(`${base}/admin/results/${made.id}`);
    expect(result.status === 'rejected' && /access_denied/.test(result.errors[0]), JSON.stringify(result));
    return result.errors[0];
  });
  await check('raw HTTP: vp_token as a JSON form field with the state, accepted', async () => {
    const {body: made} = await post(`${base}/admin/requests`, {});
    const link = new URL(made.request);
    const params = Object.fromEntries(link.searchParams);
    const query = JSON.parse(params.dcql_query);
    const presentation = await signPresentation(ed, {challenge: params.nonce, domain: params.client_id},
      {credentials: [ldpEd]});
    const answer = await fetch(params.response_uri, {method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded'},
      body: new URLSearchParams({vp_token: JSON.stringify({[query.credentials[0].id]: [presentation]}), state: params.state})});
    const body = await answer.json();
    expect(answer.status === 200 && body.redirect_uri, `${answer.status} ${JSON.stringify(body)}`);
    const done = await fetch(body.redirect_uri);
    expect(done.status === 200, `done page ${done.status}`);
    return 'accepted';
  });
  await check('raw HTTP: a wrong state is refused', async () => {
    const {body: made} = await post(`${base}/admin/requests`, {});
    const params = Object.fromEntries(new URL(made.request).searchParams);
    const answer = await fetch(params.response_uri, {method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded'},
      body: new URLSearchParams({vp_token: '{"badge_1":[{}]}', state: 'wrong'})});
    const body = await answer.json();
    expect(answer.status === 400 && body.error === 'invalid_request', `${answer.status} ${JSON.stringify(body)}`);
    return body.error_description;
  });
  await check('raw HTTP: an unknown request id is 404', async () => {
    const answer = await fetch(`${base}/response/nope`, {method: 'POST', body: 'vp_token=x'});
    expect(answer.status === 404, `${answer.status}`);
    return `${answer.status} ${(await answer.json()).error}`;
  });
  await check('the https form of the request link is a page naming the openid4vp:// link', async () => {
    const {body: made} = await post(`${base}/admin/requests`, {});
    const page = await (await fetch(made.httpsRequest)).text();
    expect(page.includes('openid4vp://?'), page.slice(0, 100));
    return 'HTML page';
  });
} finally {
  oid.child.kill();
}

// ---- VC-API presentation exchange -------------------------------------------------------------------
const vcapi = await start('vcapi-exchange.mjs');
try {
  const base2 = vcapi.url;
  const ldpEd = await ldpCredential(ed);
  const exchange = async (items, holder, credentials, tamper = vpr => vpr) => {
    const {body: made} = await post(`${base2}/admin/exchanges`, {kind: 'presentation', items});
    const protocols = await (await fetch(made.interactionUrl, {headers: {Accept: 'application/json'}})).json();
    const {body: request} = await post(protocols.protocols.vcapi, {});
    const vpr = request.verifiablePresentationRequest;
    const presentation = await signPresentation(holder, tamper(vpr), {credentials});
    const answer = await post(made.exchangeUrl, {verifiablePresentation: presentation});
    const id = made.exchangeUrl.split('/').pop();
    return {vpr, answer, presentation, made, result: await getJson(`${base2}/admin/results/${id}`)};
  };
  let replay;
  await check('VC-API: QueryByExample + DIDAuthentication, accepted', async () => {
    const run = await exchange([{type: 'OpenBadgeCredential', issuer: issuerEd.did}], ed, [ldpEd]);
    expect(run.vpr.query.map(q => q.type).join() === 'QueryByExample,DIDAuthentication', JSON.stringify(run.vpr.query));
    expect(run.answer.status === 200 && run.answer.body.redirectUrl, `${run.answer.status} ${JSON.stringify(run.answer.body)}`);
    expect(run.result.status === 'accepted' && run.result.holder === ed.did, JSON.stringify(run.result));
    replay = run;
    return 'accepted';
  });
  await check('VC-API: the presentation again is refused (exchange complete)', async () => {
    const answer = await post(replay.made.exchangeUrl, {verifiablePresentation: replay.presentation});
    expect(answer.status === 400 && answer.body.error, `${answer.status}`);
    return `${answer.status} ${answer.body.error.slice(0, 50)}`;
  });
  await check('VC-API: the wrong domain is refused', async () => {
    const run = await exchange([{}], ed, [ldpEd], vpr => ({...vpr, domain: 'http://127.0.0.1:1'}));
    expect(run.answer.status === 401 && run.result.status === 'rejected', `${run.answer.status} ${JSON.stringify(run.result)}`);
    return run.result.errors[0].slice(0, 70);
  });
  await check('VC-API: a credential that does not answer the query is refused', async () => {
    const run = await exchange([{achievementName: routing}], ed, [ldpEd]);
    expect(run.answer.status === 401 && /credentialQuery/.test(run.result.errors.join()), JSON.stringify(run.result));
    return run.result.errors[0].slice(0, 70);
  });
  await check('VC-API: ecdsa-rdfc-2019 holder and credential, accepted', async () => {
    const run = await exchange([{}], p256, [await ldpCredential(p256, networking, issuerEcdsa)]);
    expect(run.answer.status === 200 && run.result.status === 'accepted', JSON.stringify(run.result));
    return 'accepted';
  });
} finally {
  vcapi.child.kill();
}
finish();
