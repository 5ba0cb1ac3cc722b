// Issues SD-JWT VCs with the published @sd-jwt/sd-jwt-vc library and fresh ES256 keys, for
// tests/verify/TestSdJwtVcInterop.cpp. Prints one JSON object on stdout:
//   { "issuerJwks": {...}, "issuer": "...", "plain": "<SD-JWT>", "x5c": "<SD-JWT>", "x5cChained": "<SD-JWT>",
//     "x5cOtherHost": "<SD-JWT>", "caPem": "...", "bound": "<SD-JWT+KB>", "boundAudience": "...",
//     "boundNonce": "..." }
// "plain" has no key binding (no cnf); "x5c" is plain signed by another key whose self-signed
// certificate is in the x5c header (@peculiar/x509); "bound" carries the holder's key in cnf and a Key Binding
// JWT made by the library's present(). The claims follow an OB 3.0-like shape (credentialSubject
// with an achievement), selectively disclosable at several depths, array elements included.
import 'reflect-metadata'; // @peculiar/x509 needs it
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import { ES256, digest, generateSalt } from '@sd-jwt/crypto-nodejs';
import * as x509 from '@peculiar/x509';
import crypto from 'node:crypto';

const issuer = process.argv[2] || 'https://issuer.example.org';
const issuerKeys = await ES256.generateKeyPair();
const holderKeys = await ES256.generateKeyPair();
const kid = 'key-1';

const sdjwt = new SDJwtVcInstance({
  signer: await ES256.getSigner(issuerKeys.privateKey),
  signAlg: ES256.alg,
  verifier: await ES256.getVerifier(issuerKeys.publicKey),
  kbSigner: await ES256.getSigner(holderKeys.privateKey),
  kbSignAlg: ES256.alg,
  kbVerifier: await ES256.getVerifier(holderKeys.publicKey),
  hasher: digest,
  hashAlg: 'sha-256',
  saltGenerator: generateSalt,
});

const now = Math.floor(Date.now() / 1000);
const claims = {
  iss: issuer,
  iat: now - 60,
  nbf: now - 60,
  exp: now + 365 * 24 * 3600,
  vct: 'https://credentials.example.org/open-badge',
  name: 'Welding Fundamentals',
  description: 'Completed the welding fundamentals course.',
  credentialSubject: {
    name: 'Ada Learner',
    achievement: {
      name: 'Welding Fundamentals',
      description: 'Safe use of MIG and TIG welding equipment.',
      criteria: { narrative: 'Pass the practical exam.' },
      tag: ['welding', 'safety', 'metalwork'],
    },
  },
};
const frame = {
  _sd: ['description'],
  credentialSubject: {
    _sd: ['name'],
    achievement: { _sd: ['description', 'criteria'], tag: { _sd: [0, 2] } },
  },
};
const header = { kid };

const plain = await sdjwt.issue(claims, frame, { header });
const boundClaims = { ...claims, cnf: { jwk: holderKeys.publicKey } };
const issuedBound = await sdjwt.issue(boundClaims, frame, { header });
const boundAudience = 'https://verifier.example.org';
const boundNonce = generateSalt(16);
const bound = await sdjwt.present(
  issuedBound,
  { credentialSubject: { name: true, achievement: { criteria: true, tag: { 0: true } } } },
  { kb: { payload: { iat: now, aud: boundAudience, nonce: boundNonce } } },
);
// The library's own verdict on what it made, so a failure in Satchel is not the library's.
await sdjwt.verify(plain);
await sdjwt.verify(bound, { keyBindingNonce: boundNonce, requireKeyBindings: true });

// The same claims signed by a key that only a self-signed certificate vouches for.
x509.cryptoProvider.set(crypto.webcrypto);
const ecdsa = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const certKeys = await crypto.webcrypto.subtle.generateKey(ecdsa, true, ['sign', 'verify']);
const certificate = await x509.X509CertificateGenerator.createSelfSigned({
  serialNumber: '01', name: 'CN=issuer.example.org', keys: certKeys, signingAlgorithm: ecdsa,
  notBefore: new Date(Date.now() - 60000), notAfter: new Date(Date.now() + 24 * 3600 * 1000),
});
const certSigner = async data => Buffer.from(await crypto.webcrypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' },
  certKeys.privateKey, new TextEncoder().encode(data))).toString('base64url');
const x5cInstance = new SDJwtVcInstance({ signer: certSigner, signAlg: 'ES256', hasher: digest, hashAlg: 'sha-256',
  saltGenerator: generateSalt });
const x5c = await x5cInstance.issue(claims, frame, { header: { x5c: [Buffer.from(certificate.rawData).toString('base64')] } });

// The same claims signed by the key of a leaf certificate that a certificate authority of the
// test's own issued, for the issuer's host ("x5cChained") and for another host ("x5cOtherHost");
// the test trusts the authority (caPem) as a system root.
const caKeys = await crypto.webcrypto.subtle.generateKey(ecdsa, true, ['sign', 'verify']);
const ca = await x509.X509CertificateGenerator.createSelfSigned({
  serialNumber: '02', name: 'CN=Satchel Test Root CA, O=Satchel Test Authority', keys: caKeys, signingAlgorithm: ecdsa,
  notBefore: new Date(Date.now() - 60000), notAfter: new Date(Date.now() + 24 * 3600 * 1000),
  extensions: [new x509.BasicConstraintsExtension(true, undefined, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true)],
});
const issueWithLeaf = async (serialNumber, host) => {
  const leafKeys = await crypto.webcrypto.subtle.generateKey(ecdsa, true, ['sign', 'verify']);
  const leaf = await x509.X509CertificateGenerator.create({
    serialNumber, subject: `CN=${host}`, issuer: ca.subject, publicKey: leafKeys.publicKey,
    signingKey: caKeys.privateKey, signingAlgorithm: ecdsa,
    notBefore: new Date(Date.now() - 60000), notAfter: new Date(Date.now() + 24 * 3600 * 1000),
    extensions: [new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: host }])],
  });
  const signer = async data => Buffer.from(await crypto.webcrypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' },
    leafKeys.privateKey, new TextEncoder().encode(data))).toString('base64url');
  const instance = new SDJwtVcInstance({ signer, signAlg: 'ES256', hasher: digest, hashAlg: 'sha-256',
    saltGenerator: generateSalt });
  const chain = [leaf, ca].map(c => Buffer.from(c.rawData).toString('base64'));
  return instance.issue(claims, frame, { header: { x5c: chain } });
};
const x5cChained = await issueWithLeaf('03', new URL(issuer).hostname);
const x5cOtherHost = await issueWithLeaf('04', 'elsewhere.example.net');
const caPem = ca.toString('pem');

const publicJwk = { ...issuerKeys.publicKey, kid, alg: 'ES256', use: 'sig' };
process.stdout.write(JSON.stringify({
  issuer, issuerJwks: { keys: [publicJwk] }, plain, x5c, x5cChained, x5cOtherHost, caPem, bound, boundAudience,
  boundNonce,
}));
