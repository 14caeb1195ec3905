// Progressive enhancement only: every page works without this file.
// Filter forms submit themselves when a select changes, so a keyboard user still has the 筛选 button.
document.querySelectorAll('form.filters select[data-autosubmit]').forEach(function (select) {
  select.addEventListener('change', function () { select.form.requestSubmit ? select.form.requestSubmit() : select.form.submit(); });
});
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});
