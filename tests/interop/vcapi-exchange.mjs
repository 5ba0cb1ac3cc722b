// A loopback VC-API exchange server for Satchel's "receive credentials" tests: one issuance
// exchange per offer, with a DIDAuthentication step. No published VC-API exchange server runs
// standalone on Node without a database (@bedrock/vc-delivery needs a Bedrock app and MongoDB),
// so this file is glue around published libraries: @digitalbazaar/vc verifies the holder's
// presentation (eddsa-rdfc-2022, proofPurpose authentication, challenge and domain; did:key
// resolved offline) and issues the Open Badges 3.0 credential (eddsa-rdfc-2022, issuer did:key).
//
//   node vcapi-exchange.mjs
// Listens on 127.0.0.1, port 0; prints ONE line {"url":"http://127.0.0.1:PORT"} on stdout; logs
// to stderr.
//
//   POST /admin/exchanges  {"expiresInSeconds":600}   (admin, for the tests)
//        -> {"interactionUrl":"http://127.0.0.1:PORT/interactions/ID?iuv=1",
//            "exchangeUrl":"http://127.0.0.1:PORT/exchanges/ID",
//            "dccDeepLink":"dccrequest://request?request=<URL-encoded JSON
//                           {credentialRequestOrigin, protocols:{vcapi}}>",
//            "lcwLink":"https://lcw.app/request.html?request=<the same>"}
//   GET  /interactions/ID?iuv=1  Accept: application/json -> {"protocols":{"vcapi":"<exchangeUrl>"}}
//                                (other Accept: a small HTML page naming the same)
//   POST /exchanges/ID  {}  -> 200 {"verifiablePresentationRequest":{"query":[{"type":"DIDAuthentication",
//        "acceptedMethods":[{"method":"key"}],"acceptedCryptosuites":[{"cryptosuite":"eddsa-rdfc-2022"}]}],
//        "challenge":"…","domain":"http://127.0.0.1:PORT"}}  (the same challenge until the exchange ends)
//   POST /exchanges/ID  {"verifiablePresentation": VP}
//        -> 200 {"verifiablePresentation":{"@context":[…],"type":["VerifiablePresentation"],
//                "verifiableCredential":[<OB 3.0 credential, credentialSubject.id = VP holder>]}}
//        -> 400 {"error":…} malformed body, no VPR asked for yet, exchange already completed (a
//               replay), expired or unknown exchange (404)
//        -> 401 {"error":…} the presentation does not verify (signature, challenge, domain,
//               proof purpose, holder is not the signer, holder is not a did:key)
//   GET  /exchanges/ID  -> {"exchange":{"id","state":"pending"|"active"|"complete"}}
//
// {"style":"dcc"} in /admin/exchanges plays the shapes of the DCC's transaction service (the
// exchanges behind the Learner Credential Wallet's links), which depart from VC-API: the request's
// "query" is one object with no accepted methods or suites; the second POST's body is the
// presentation itself, and a body wrapped as {"verifiablePresentation": VP} fails with a 500 (the
// service hands the whole body to its verifier); only the challenge is checked, not the domain;
// the answer is a presentation that carries the credentials AND a nested copy of itself under
// "verifiablePresentation". The admin answer then also has
//        "lcwChallengeLink":"https://lcw.app/request.html?issuer=127.0.0.1&auth_type=bearer
//                            &challenge=<challenge>&vc_request_url=<exchangeUrl>"
// (the older DCC link: the wallet posts a presentation bound to that challenge straight away).
//   GET  /admin/log     -> {"requests":[{"method","path","status","error"?,"holder"?}]}
import http from 'node:http';
import crypto from 'node:crypto';
import {log, makeEd25519DidKey, achievementCredential, signDataIntegrity, verifyPresentation, VC_V2}
  from './issuer-common.mjs';

const maxBody = 4 * 1024 * 1024;
const issuerKey = await makeEd25519DidKey();
let base = '';
const exchanges = new Map(); // id -> {state, challenge, expiresAt}
const requests = [];

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', chunk => {
      size += chunk.length;
      if(size > maxBody) { reject(new Error('too large')); req.destroy(); return; }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res, status, body, type = 'application/json') {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {'Content-Type': type, 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store'});
  res.end(text);
  return status;
}

class HttpError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

function exchangeFor(id) {
  const exchange = exchanges.get(id);
  if(!exchange)
    throw new HttpError(404, 'unknown exchange');
  if(Date.now() > exchange.expiresAt && exchange.state !== 'complete')
    throw new HttpError(400, 'the exchange has expired');
  return exchange;
}

async function participate(res, id, body, entry) {
  const exchange = exchangeFor(id);
  if(exchange.state === 'complete')
    throw new HttpError(400, 'the exchange is already complete (a presentation cannot be used twice)');
  const dcc = exchange.style === 'dcc';
  if(dcc && body.verifiablePresentation)
    throw new HttpError(500, 'the body is not a verifiable presentation');
  const posted = dcc ? (body.proof ? body : null) : body.verifiablePresentation;
  if(!posted) {
    exchange.state = 'active';
    return send(res, 200, {verifiablePresentationRequest: dcc
      ? {query: {type: 'DIDAuthentication'}, challenge: exchange.challenge, domain: base}
      : {query: [{type: 'DIDAuthentication', acceptedMethods: [{method: 'key'}],
          acceptedCryptosuites: [{cryptosuite: 'eddsa-rdfc-2022'}]}],
        challenge: exchange.challenge, domain: base}});
  }
  if(exchange.state !== 'active' && !dcc)
    throw new HttpError(400, 'post {} first to receive the verifiablePresentationRequest');
  const presentation = posted;
  if(typeof presentation !== 'object' || Array.isArray(presentation))
    throw new HttpError(400, 'verifiablePresentation must be an object');
  const holder = typeof presentation.holder === 'object' ? presentation.holder?.id : presentation.holder;
  if(typeof holder !== 'string' || !holder.startsWith('did:key:'))
    throw new HttpError(401, 'the presentation must name its holder, a did:key');
  const proofs = [].concat(presentation.proof ?? []);
  if(proofs.length !== 1 || proofs[0].verificationMethod?.split('#')[0] !== holder)
    throw new HttpError(401, 'the presentation must have one proof, by the holder');
  const result = await verifyPresentation(presentation, {challenge: exchange.challenge,
    domain: dcc ? proofs[0].domain : base});
  if(!result.verified)
    throw new HttpError(401, `the presentation does not verify: ${result.error}`);
  entry.holder = holder;
  exchange.state = 'complete';
  const credential = await signDataIntegrity(achievementCredential({issuerDid: issuerKey.did, subjectDid: holder,
    baseUrl: base}), issuerKey);
  const answer = {'@context': [VC_V2], type: ['VerifiablePresentation'], verifiableCredential: [credential]};
  return send(res, 200, dcc ? {...answer, verifiablePresentation: answer} : {verifiablePresentation: answer});
}

async function route(req, res, url, entry) {
  const {pathname} = url;
  const interaction = pathname.match(/^\/interactions\/([A-Za-z0-9_-]+)$/);
  const exchange = pathname.match(/^\/exchanges\/([A-Za-z0-9_-]+)$/);
  if(req.method === 'POST' && pathname === '/admin/exchanges') {
    const body = JSON.parse(await readBody(req) || '{}');
    const id = crypto.randomBytes(12).toString('base64url');
    const challenge = crypto.randomUUID();
    exchanges.set(id, {state: 'pending', challenge, style: body.style ?? 'vc-api',
      expiresAt: Date.now() + 1000 * (body.expiresInSeconds ?? 600)});
    const exchangeUrl = `${base}/exchanges/${id}`;
    const request = encodeURIComponent(JSON.stringify({credentialRequestOrigin: base, protocols: {vcapi: exchangeUrl}}));
    const links = {interactionUrl: `${base}/interactions/${id}?iuv=1`, exchangeUrl,
      dccDeepLink: `dccrequest://request?request=${request}`, lcwLink: `https://lcw.app/request.html?request=${request}`};
    if(body.style === 'dcc')
      links.lcwChallengeLink = `https://lcw.app/request.html?issuer=127.0.0.1&auth_type=bearer&challenge=${
        challenge}&vc_request_url=${encodeURIComponent(exchangeUrl)}`;
    return send(res, 200, links);
  }
  if(req.method === 'GET' && pathname === '/admin/log')
    return send(res, 200, {requests});
  if(req.method === 'GET' && interaction) {
    exchangeFor(interaction[1]);
    const protocols = {vcapi: `${base}/exchanges/${interaction[1]}`};
    if(url.searchParams.get('iuv') === '1' && (req.headers.accept ?? '').includes('application/json'))
      return send(res, 200, {protocols});
    return send(res, 200, `<!doctype html><title>Loopback College</title><p>Open this link in your wallet: ${
      protocols.vcapi}</p>`, 'text/html');
  }
  if(req.method === 'POST' && exchange) {
    let body;
    try { body = JSON.parse(await readBody(req) || '{}'); } catch { throw new HttpError(400, 'the body is not JSON'); }
    if(typeof body !== 'object' || body === null || Array.isArray(body))
      throw new HttpError(400, 'the body must be a JSON object');
    return participate(res, exchange[1], body, entry);
  }
  if(req.method === 'GET' && exchange) {
    const found = exchangeFor(exchange[1]);
    return send(res, 200, {exchange: {id: exchange[1], state: found.state}});
  }
  throw new HttpError(404, `no route ${req.method} ${pathname}`);
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, base);
  const entry = {method: req.method, path: url.pathname};
  if(!url.pathname.startsWith('/admin/'))
    requests.push(entry);
  try {
    entry.status = await route(req, res, url, entry);
  } catch(e) {
    entry.error = String(e?.message ?? e);
    if(!(e instanceof HttpError))
      log('error on', url.pathname, String(e?.stack ?? e));
    entry.status = send(res, e instanceof HttpError ? e.status : 400, {error: entry.error});
  }
  log(req.method, url.pathname, String(entry.status), entry.error ?? '');
});

server.listen(0, '127.0.0.1', () => {
  base = `http://127.0.0.1:${server.address().port}`;
  log(`VC-API exchange server at ${base} (issuer ${issuerKey.did})`);
  process.stdout.write(`${JSON.stringify({url: base})}\n`);
});
