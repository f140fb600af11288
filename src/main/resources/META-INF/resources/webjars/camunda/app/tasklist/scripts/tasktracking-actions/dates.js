// Dates as written in Vietnam (day/month/year), and a small picker with Vietnamese month and day
// names, weeks from Monday. Values travel to the API as YYYY-MM-DD.

const SHOWN = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric'
});

/** dd/mm/yyyy from YYYY-MM-DD, or from an instant (ISO with a time) in Vietnam's time. */
export function shownDate(value) {
  if (!value) {
    return '';
  }
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (plain) {
    return `${plain[3]}/${plain[2]}/${plain[1]}`;
  }
  return SHOWN.format(new Date(value));
}

/** YYYY-MM-DD from d/m/yyyy typed by a person, or null when it is no real date. */
export function isoDate(text) {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text || '');
  if (!m) {
    return null;
  }
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const WEEKDAYS = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];

function element(tag, className, text) {
  const e = document.createElement(tag);
  if (className) {
    e.className = className;
  }
  if (text !== undefined) {
    e.textContent = text;
  }
  return e;
}

/**
 * A date field: typed as ngày/tháng/năm, or picked from a month shown in Vietnamese.
 * Returns {root, input, value()} where value() is YYYY-MM-DD, '' when empty, or null when wrong.
 */
export function dateField(id, label) {
  const root = element('div', 'tt-field tt-date');
  const caption = element('label', null, label);
  caption.htmlFor = id;
  const row = element('div', 'tt-date-row');
  const input = element('input', 'form-control');
  input.id = id;
  input.type = 'text';
  input.inputMode = 'numeric';
  input.autocomplete = 'off';
  input.placeholder = 'ngày/tháng/năm';
  const toggle = element('button', 'btn btn-default tt-date-toggle', 'Chọn ngày');
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', 'false');
  const calendar = element('div', 'tt-calendar');
  calendar.hidden = true;
  row.append(input, toggle);
  root.append(caption, row, calendar);

  let shown = null; // first day of the month on screen, UTC

  function draw() {
    calendar.replaceChildren();
    const head = element('div', 'tt-calendar-head');
    const previous = element('button', 'btn btn-link', '‹');
    previous.type = 'button';
    previous.setAttribute('aria-label', 'Tháng trước');
    const next = element('button', 'btn btn-link', '›');
    next.type = 'button';
    next.setAttribute('aria-label', 'Tháng sau');
    const title = element('span', 'tt-calendar-title',
      `Tháng ${shown.getUTCMonth() + 1} năm ${shown.getUTCFullYear()}`);
    previous.onclick = () => {
      shown = new Date(Date.UTC(shown.getUTCFullYear(), shown.getUTCMonth() - 1, 1));
      draw();
    };
    next.onclick = () => {
      shown = new Date(Date.UTC(shown.getUTCFullYear(), shown.getUTCMonth() + 1, 1));
      draw();
    };
    head.append(previous, title, next);
    const grid = element('div', 'tt-calendar-grid');
    WEEKDAYS.forEach(d => grid.append(element('span', 'tt-calendar-weekday', d)));
    const lead = (shown.getUTCDay() + 6) % 7; // Monday first
    for (let i = 0; i < lead; i++) {
      grid.append(element('span'));
    }
    const days = new Date(Date.UTC(shown.getUTCFullYear(), shown.getUTCMonth() + 1, 0)).getUTCDate();
    const chosen = isoDate(input.value);
    for (let day = 1; day <= days; day++) {
      const iso = `${shown.getUTCFullYear()}-${String(shown.getUTCMonth() + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const b = element('button', 'tt-calendar-day' + (iso === chosen ? ' tt-chosen' : ''), String(day));
      b.type = 'button';
      b.dataset.date = iso;
      b.onclick = () => {
        input.value = shownDate(iso);
        input.dispatchEvent(new Event('input'));
        calendar.hidden = true;
        toggle.setAttribute('aria-expanded', 'false');
        input.focus();
      };
      grid.append(b);
    }
    calendar.append(head, grid);
  }

  toggle.onclick = () => {
    if (calendar.hidden) {
      const typed = isoDate(input.value);
      const base = typed ? new Date(typed + 'T00:00:00Z') : new Date();
      shown = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth(), 1));
      draw();
    }
    calendar.hidden = !calendar.hidden;
    toggle.setAttribute('aria-expanded', String(!calendar.hidden));
  };

  return {
    root,
    input,
    value() {
      const text = input.value.trim();
      return text === '' ? '' : isoDate(text);
    }
  };
}
