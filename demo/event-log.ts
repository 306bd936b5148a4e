// Lists the widgets' cn-load and cn-error events, as a webmaster would watch them.
// Module scripts run once the page is parsed, so the list is there; this one runs before the
// widgets' script so that it hears their first events.
const log = document.querySelector<HTMLOListElement>('#event-log')!;

function describeWidget(target: EventTarget | null): string {
  const element = target as Element;
  const src = element.getAttribute('src');
  return `<${element.localName}${src ? ` src="${src}"` : ''}>`;
}

document.addEventListener('cn-load', (event) => {
  const item = document.createElement('li');
  item.textContent = `cn-load ${describeWidget(event.target)}: ${event.detail.issues.length} problem(s)`;
  log.append(item);
});

document.addEventListener('cn-error', (event) => {
  const item = document.createElement('li');
  item.className = 'error';
  const problems = event.detail.issues.map((issue) => `${issue.path}: ${issue.message}`);
  const reason = event.detail.error?.message;
  item.textContent = `cn-error ${describeWidget(event.target)} ${event.detail.fatal ? '(nothing shown)' : '(rest shown)'}: ${[reason, ...problems].filter(Boolean).join('; ')}`;
  log.append(item);
});
export {};
