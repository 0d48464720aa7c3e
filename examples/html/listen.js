// Listening to an element's event from a plain page: show the diagram's step beside it.
document.addEventListener('prp-step-change', (event) => {
  document.getElementById('step-shown').textContent = `Diagram step ${event.detail.step}`;
});
