// Solves the self-hosted proof of work so that a person with JavaScript need not answer the question.
// Without JavaScript (or without WebCrypto, which needs https or localhost) the question remains and works as before.
(function () {
  var box = document.querySelector('.human-check[data-nonce]');
  if (!box || !window.crypto || !window.crypto.subtle || !window.TextEncoder) return;
  var nonce = box.getAttribute('data-nonce');
  var bits = parseInt(box.getAttribute('data-bits'), 10) || 16;
  var proof = box.querySelector('input[name="HumanCheck.Proof"]');
  var status = box.querySelector('.human-check-status');
  var encoder = new TextEncoder();
  function zeroBits(bytes) {
    var count = 0;
    for (var i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0) { count += 8; continue; }
      for (var mask = 0x80; mask && !(bytes[i] & mask); mask >>= 1) count++;
      break;
    }
    return count;
  }
  status.textContent = '正在自动验证……';
  (async function () {
    for (var counter = 0; counter < 50000000; counter++) {
      var digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(nonce + ':' + counter)));
      if (zeroBits(digest) >= bits) {
        proof.value = String(counter);
        status.textContent = '已自动完成验证，无需回答上面的问题。';
        return;
      }
    }
  })();
})();
