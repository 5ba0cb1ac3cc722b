// Secures OB 3.0 credentials with COSE_Sign1 (VC-JOSE-COSE §3.3, application/vc+cose) using the
// published cose-kit library and fresh keys, for tests/verify/TestVcCoseInterop.cpp. Each issuer
// is a did:jwk of its own key, so Satchel resolves the key offline; "kid" (label 4) in the
// protected header is the DID URL, content type (label 3) "application/vc". cose-kit has no name
// for typ (label 16), which VC-JOSE-COSE leaves optional.
// Then a presentation of them all (application/vp+cose, §3.3.2), each credential enveloped in a
// data:application/vc+cose;base64 URL, signed ES256 by a did:jwk holder.
// Usage: node make-cose-credentials.mjs OUTPUT_FOLDER. Writes <alg>.cose (binary COSE_Sign1) and
// presentation.cose there and prints {"<alg>": {"file": "...", "issuer": "did:jwk:…", "name": "…"},
// …, "presentation": {"file": "...", "holder": "did:jwk:…"}} on stdout.
import { Sign1, coseVerify } from 'cose-kit';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node make-cose-credentials.mjs OUTPUT_FOLDER');
  process.exit(2);
}

const keyFor = {
  ES256: () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }),
  ES384: () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' }),
  ES512: () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-521' }),
  EdDSA: () => crypto.generateKeyPairSync('ed25519'),
};

const didJwk = (publicKey) =>
  'did:jwk:' + Buffer.from(JSON.stringify(publicKey.export({ format: 'jwk' }))).toString('base64url');

// Signs object (as JSON) and checks that the library verifies its own message.
async function sign(alg, kid, contentType, object, privateKey, publicKey) {
  const payload = new TextEncoder().encode(JSON.stringify(object));
  const signed = (await Sign1.sign({ alg, kid, ctyp: contentType }, undefined, payload, privateKey)).encode();
  if (!(await coseVerify(signed, publicKey)).isValid)
    throw new Error(`cose-kit does not verify its own ${alg} message`);
  return signed;
}

const seconds = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
const now = Date.now();
const out = {};
const envelopes = [];
for (const [alg, generate] of Object.entries(keyFor)) {
  const { publicKey, privateKey } = generate();
  const issuer = didJwk(publicKey);
  const name = `COSE ${alg} Welding Fundamentals`;
  const credential = {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: `urn:uuid:${crypto.randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer, type: ['Profile'], name: 'Interop Test Issuer' },
    validFrom: seconds(now - 60000),
    validUntil: seconds(now + 365 * 24 * 3600 * 1000),
    name,
    credentialSubject: {
      id: 'did:example:learner',
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://issuer.example.org/achievements/welding',
        type: ['Achievement'],
        name,
        description: 'Safe use of MIG and TIG welding equipment.',
        criteria: { narrative: 'Pass the practical exam.' },
      },
    },
  };
  const signed = await sign(alg, `${issuer}#0`, 'application/vc', credential, privateKey, publicKey);
  const file = path.join(folder, `${alg}.cose`);
  fs.writeFileSync(file, signed);
  envelopes.push({
    '@context': 'https://www.w3.org/ns/credentials/v2',
    type: 'EnvelopedVerifiableCredential',
    id: 'data:application/vc+cose;base64,' + Buffer.from(signed).toString('base64'),
  });
  out[alg] = { file, issuer, name };
}

const holderKeys = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const holder = didJwk(holderKeys.publicKey);
const presentation = {
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  type: ['VerifiablePresentation'],
  holder,
  verifiableCredential: envelopes,
};
const file = path.join(folder, 'presentation.cose');
fs.writeFileSync(file, await sign('ES256', `${holder}#0`, 'application/vp', presentation, holderKeys.privateKey,
                                  holderKeys.publicKey));
out.presentation = { file, holder };
process.stdout.write(JSON.stringify(out));
