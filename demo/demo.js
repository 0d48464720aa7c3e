// Demo only: put the injection 9 days ago, so the page always shows a stage in progress.
const date = new Date();
date.setDate(date.getDate() - 9);
const iso = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
document.getElementById('timeline')?.setAttribute('procedure-date', iso);
