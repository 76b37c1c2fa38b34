// Reference verifier for tests/bench/bench_vs_node.py: @digitalbazaar/vc + eddsa-rdfc-2022-cryptosuite,
// with a static document loader (the wallet's bundled contexts + did:key resolved offline).
// Usage: node verify.mjs --contexts DIR [--now ISO-8601] FILE...   Prints "verified N of M".
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {driver} from '@digitalbazaar/did-method-key';

const args = process.argv.slice(2);
let contextsDir = null;
let now;
const files = [];
for(let i = 0; i < args.length; i++) {
  if(args[i] === '--contexts') {
    contextsDir = args[++i];
  } else if(args[i] === '--now') {
    now = args[++i];
  } else {
    files.push(args[i]);
  }
}
if(!contextsDir) {
  console.error('usage: node verify.mjs --contexts DIR [--now ISO] FILE...');
  process.exit(2);
}

const manifest = JSON.parse(await readFile(join(contextsDir, 'manifest.json'), 'utf8'));
const contexts = new Map();
for(const [url, entry] of Object.entries(manifest)) {
  contexts.set(url, JSON.parse(await readFile(join(contextsDir, entry.file), 'utf8')));
}

const didKey = driver();
didKey.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from});

async function documentLoader(url) {
  const context = contexts.get(url);
  if(context) {
    return {contextUrl: null, documentUrl: url, document: context};
  }
  if(url.startsWith('did:key:')) {
    return {contextUrl: null, documentUrl: url, document: await didKey.get({url})};
  }
  throw new Error(`document not available offline: ${url}`);
}

const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
const noStatus = async () => ({verified: false, error: new Error('status is not checked offline')});

let verified = 0;
for(const file of files) {
  const credential = JSON.parse(await readFile(file, 'utf8'));
  const options = {credential, suite, documentLoader, now};
  if(credential.credentialStatus) {
    options.checkStatus = noStatus;
  }
  const result = await vc.verifyCredential(options);
  if(result.verified) {
    verified++;
  } else if(process.env.VERIFY_DEBUG) {
    console.error(file, JSON.stringify(result, null, 1).slice(0, 2000));
  }
}
console.log(`verified ${verified} of ${files.length}`);
process.exit(verified === files.length ? 0 : 1);
