// A VerifierPlus-like server for Satchel's public-link tests: the routes the DCC Learner
// Credential Wallet uses, with every presentation checked by a published verifier
// (@digitalbazaar/vc verify, its presentation verifier: eddsa-rdfc-2022, did:key resolved locally from the
// Multikey). Listens on 127.0.0.1, port 0 (the system's choice), and prints the port on stdout.
//
//   POST   /api/credentials        {"vp": VP}  -> 201 {"url": {"view", "get", "unshare"}} (relative)
//   GET    /api/credentials/ID     -> the stored VP (application/json)
//   GET    /share/ID               -> a small HTML page
//   DELETE /api/credentials/ID     {"vp": VP signed by the same holder} -> 200, else 401/403
//
//   node verifierplus-server.mjs [--status 500] [--malformed]
//   --status N: every request is answered with HTTP N (a failing server);
//   --malformed: POST answers 201 with a body that is not the expected JSON.
import http from 'node:http';
import crypto from 'node:crypto';
import * as vc from '@digitalbazaar/vc';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import jsigs from 'jsonld-signatures';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {makeDocumentLoader} from './context-loader.mjs';
import {readBody} from './http-common.mjs';

const argv = process.argv.slice(2);
const forcedStatus = argv.includes('--status') ? Number(argv[argv.indexOf('--status') + 1]) : 0;
const malformed = argv.includes('--malformed');
const maxBody = 8 * 1024 * 1024;

const contextLoader = makeDocumentLoader();

// did:key (Ed25519 Multikey) resolved offline: the DID document built from the key itself.
async function didKeyDocument(didUrl) {
  const did = didUrl.split('#')[0];
  const multibase = did.slice('did:key:'.length);
  const id = `${did}#${multibase}`;
  const key = await Ed25519Multikey.from({id, controller: did, publicKeyMultibase: multibase});
  const publicKey = await key.export({publicKey: true, includeContext: true});
  if(didUrl.includes('#'))
    return publicKey;
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did, verificationMethod: [publicKey],
    assertionMethod: [id], authentication: [id],
  };
}

async function documentLoader(url) {
  if(url.startsWith('did:key:'))
    return {contextUrl: null, documentUrl: url, document: await didKeyDocument(url)};
  return contextLoader(url);
}

// VerifierPlus takes presentations without a challenge: the proof purpose is "authentication"
// by the holder's own key, nothing more.
async function verify(presentation) {
  const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
  const result = await vc.verify({
    presentation, suite, documentLoader, unsignedPresentation: false,
    presentationPurpose: new jsigs.purposes.ControllerProofPurpose({term: 'authentication'}),
    checkStatus: async () => ({verified: true}),
  });
  if(!result.verified)
    return {verified: false, error: String(result.error?.errors?.[0]?.message ?? result.error?.message ??
      result.credentialResults?.find(r => !r.verified)?.error?.message ?? 'not verified')};
  const method = [].concat(presentation.proof)[0]?.verificationMethod ?? '';
  if(typeof presentation.holder !== 'string' || method.split('#')[0] !== presentation.holder)
    return {verified: false, error: 'the proof is not by the holder'};
  return {verified: true};
}

function send(res, status, body, type = 'application/json') {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {'Content-Type': type, 'Content-Length': Buffer.byteLength(text)});
  res.end(text);
}

async function presentationFrom(req) {
  const body = JSON.parse(await readBody(req, maxBody));
  if(!body || typeof body.vp !== 'object')
    throw new Error('no "vp" in the body');
  return body.vp;
}

const stored = new Map(); // id -> {vp, holder}

const server = http.createServer(async (req, res) => {
  try {
    if(forcedStatus) {
      await readBody(req, maxBody);
      return send(res, forcedStatus, {error: 'forced failure'});
    }
    const url = new URL(req.url, 'http://127.0.0.1');
    const match = url.pathname.match(/^\/api\/credentials\/([A-Za-z0-9_-]+)$/);
    if(req.method === 'POST' && url.pathname === '/api/credentials') {
      const vp = await presentationFrom(req);
      const check = await verify(vp);
      if(!check.verified)
        return send(res, 400, {error: check.error});
      if(malformed)
        return send(res, 201, {urls: 'nothing useful'});
      const id = crypto.randomBytes(9).toString('base64url');
      stored.set(id, {vp, holder: vp.holder});
      return send(res, 201, {url: {view: `/share/${id}`, get: `/api/credentials/${id}`,
        unshare: `/api/credentials/${id}`}});
    }
    if(req.method === 'GET' && match) {
      const entry = stored.get(match[1]);
      return entry ? send(res, 200, entry.vp) : send(res, 404, {error: 'not found'});
    }
    if(req.method === 'GET' && url.pathname.startsWith('/share/')) {
      const entry = stored.get(url.pathname.slice('/share/'.length));
      return entry ? send(res, 200, '<!doctype html><title>Shared credential</title><p>Verified.</p>', 'text/html')
        : send(res, 404, {error: 'not found'});
    }
    if(req.method === 'DELETE' && match) {
      const entry = stored.get(match[1]);
      if(!entry)
        return send(res, 404, {error: 'not found'});
      const vp = await presentationFrom(req);
      const check = await verify(vp);
      if(!check.verified)
        return send(res, 401, {error: check.error});
      if(vp.holder !== entry.holder)
        return send(res, 403, {error: 'signed by another holder'});
      stored.delete(match[1]);
      return send(res, 200, {deleted: true});
    }
    return send(res, 404, {error: 'no such route'});
  } catch(e) {
    return send(res, 400, {error: String(e?.message ?? e)});
  }
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
