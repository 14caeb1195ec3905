// The proof of work of the tip-off form, in a Web Worker (started by human-check.js) so that the page never stalls:
// finds the smallest counter whose SHA-256("nonce:counter") starts with `bits` zero bits, and posts it back.
// SHA-256 is written out for one 64-byte block (the message is under 56 bytes) because crypto.subtle.digest costs a
// promise and a thread hop per hash, many times slower for input this short, and is missing on plain http.
'use strict';
var K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]);
var IV = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
var W = new Int32Array(64);
var H = new Int32Array(8);

// SHA-256 of the first `length` (< 56) bytes of `block`, a 64-byte buffer that is zero after them; the result goes to H.
function sha256(block, length) {
  block[length] = 0x80;
  block[62] = (length * 8) >>> 8;
  block[63] = (length * 8) & 0xff;
  var i;
  for (i = 0; i < 16; i++) W[i] = block[4 * i] << 24 | block[4 * i + 1] << 16 | block[4 * i + 2] << 8 | block[4 * i + 3];
  for (i = 16; i < 64; i++) {
    var x = W[i - 15], y = W[i - 2];
    var s0 = (x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ (x >>> 3);
    var s1 = (y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ (y >>> 10);
    W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
  }
  var a = IV[0], b = IV[1], c = IV[2], d = IV[3], e = IV[4], f = IV[5], g = IV[6], h = IV[7];
  for (i = 0; i < 64; i++) {
    var t1 = (h + ((e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7)) + ((e & f) ^ (~e & g)) + K[i] + W[i]) | 0;
    var t2 = (((a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
  }
  H[0] = a + IV[0]; H[1] = b + IV[1]; H[2] = c + IV[2]; H[3] = d + IV[3];
  H[4] = e + IV[4]; H[5] = f + IV[5]; H[6] = g + IV[6]; H[7] = h + IV[7];
}

function leadingZeroBits() {
  var count = 0;
  for (var i = 0; i < 8; i++) {
    var z = Math.clz32(H[i]);
    count += z;
    if (z < 32) break;
  }
  return count;
}

function solve(nonce, bits) {
  var block = new Uint8Array(64);
  var prefix = nonce + ':';
  for (var counter = 0; counter < 4294967296; counter++) {
    var text = prefix + counter;
    block.fill(0);
    for (var i = 0; i < text.length; i++) block[i] = text.charCodeAt(i);
    sha256(block, text.length);
    if (leadingZeroBits() >= bits) return counter;
  }
  return -1;
}

self.onmessage = function (event) {
  var nonce = String(event.data.nonce);
  if (!/^[0-9A-F]{1,40}$/.test(nonce)) return;
  var started = Date.now();
  var proof = solve(nonce, event.data.bits);
  self.postMessage({ proof: proof, milliseconds: Date.now() - started });
};
