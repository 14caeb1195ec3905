// Solves the self-hosted proof of work in a Web Worker (human-check-worker.js) as soon as the page loads, so that a person
// with JavaScript need not answer the question and typing never waits for it. Without JavaScript or Web Workers the
// question remains and works as before. A submit before the worker is done (and without an answer) waits for it.
(function () {
  var box = document.querySelector('.human-check[data-nonce]');
  if (!box || typeof Worker !== 'function') return;
  var form = box.closest('form');
  var proof = box.querySelector('input[name="HumanCheck.Proof"]');
  var answer = box.querySelector('#human-check-answer');
  var status = box.querySelector('.human-check-status');
  var worker;
  try {
    worker = new Worker('/js/human-check-worker.js');
  } catch (e) {
    return; // e.g. a policy that forbids workers: the question is there
  }
  var solved = false, failed = false, waiting = false;
  status.textContent = '正在自动验证……';
  worker.onmessage = function (event) {
    worker.terminate();
    if (event.data.proof < 0) return fail();
    proof.value = String(event.data.proof);
    solved = true;
    status.textContent = '已自动完成验证，无需回答上面的问题。';
    if (waiting) form.requestSubmit ? form.requestSubmit() : form.submit();
  };
  worker.onerror = fail;
  function fail() {
    failed = true;
    waiting = false;
    status.textContent = '自动验证未能完成，请回答上面的问题。';
  }
  worker.postMessage({ nonce: box.getAttribute('data-nonce'), bits: parseInt(box.getAttribute('data-bits'), 10) || 0 });
  form.addEventListener('submit', function (event) {
    if (solved || failed || answer.value.trim() !== '') return;
    event.preventDefault();
    waiting = true;
    status.textContent = '正在完成自动验证，完成后将自动提交……';
  });
})();
