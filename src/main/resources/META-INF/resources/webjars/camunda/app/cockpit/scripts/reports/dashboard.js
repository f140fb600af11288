// Cockpit plugin: the managers' dashboard of tasks per unit ("Thống kê nhiệm vụ"), a page of its
// own (cockpit.route) with an entry in Cockpit's header (cockpit.navigation). It reads the product's
// GET /api/reports/statistics with the Cockpit session (see security.ApiAuthenticationFilter).
// Loaded by customScripts in ../config.js; a plain ES module, no build step.
import {barChart, SEGMENTS} from './chart.js';

const PATH = '/thong-ke-nhiem-vu';
// The register's page (../tasktracking-record/plugin.js), where a figure opens the tasks it counts.
const REGISTER_PATH = '/so-theo-doi-nhiem-vu';

/**
 * The views of the statistics: rows by unit, by issuer or by kind of unit, and the register's filter
 * that narrows it to one row's tasks.
 */
const VIEWS = {
  UNIT: {label: 'Đơn vị', column: 'Đơn vị', caption: 'theo đơn vị', filter: 'unit'},
  ISSUER: {label: 'Người giao', column: 'Người giao', caption: 'theo người giao', filter: 'issuer'},
  UNIT_KIND: {label: 'Loại đơn vị', column: 'Loại đơn vị', caption: 'theo loại đơn vị', filter: 'unitKind'}
};

/**
 * The counts of the statistics and the register's filter (TaskFigure) of the tasks each counts; a
 * figure opens the register on exactly those tasks. Rates, the score and the band are no list of
 * tasks and stay plain: a rate's numerator and denominator are figures of the same row.
 */
const FIGURES = {
  assigned: 'ASSIGNED',
  completedOnTime: 'COMPLETED_ON_TIME',
  completedBeforeDeadline: 'COMPLETED_BEFORE_DEADLINE',
  completedLate: 'COMPLETED_LATE',
  openWithinDeadline: 'OPEN_WITHIN_DEADLINE',
  dueSoon: 'DUE_SOON',
  openOverdue: 'OPEN_OVERDUE',
  noDeadline: 'NO_DEADLINE',
  withdrawn: 'WITHDRAWN',
  extended: 'EXTENDED'
};
const TITLE = 'Thống kê nhiệm vụ';

/** Where the product's API is: beside Camunda's webapps (app-root is the context path + '/camunda'). */
function apiRoot() {
  const appRoot = document.querySelector('base').getAttribute('app-root') || '';
  return appRoot.substring(0, appRoot.lastIndexOf('/')) + '/api';
}

const PERIODS = {
  MONTH: {label: 'Tháng', numbers: Array.from({length: 12}, (_, i) => [i + 1, `Tháng ${i + 1}`])},
  QUARTER: {label: 'Quý', numbers: [[1, 'Quý I'], [2, 'Quý II'], [3, 'Quý III'], [4, 'Quý IV']]},
  HALF_YEAR: {label: '6 tháng', numbers: [[1, '6 tháng đầu năm'], [2, '6 tháng cuối năm']]},
  YEAR: {label: 'Năm', numbers: []},
  RANGE: {label: 'Từ ngày – đến ngày', numbers: []}
};

/** The table's columns after the unit: [field, header, colour class or null, kind]. */
const COLUMNS = [
  ['assigned', 'Tổng số giao', null, 'count'],
  ['completedOnTime', 'Hoàn thành đúng hạn', 'green', 'count'],
  ['completedBeforeDeadline', 'trong đó trước hạn', 'green', 'sub'],
  ['completedLate', 'Hoàn thành quá hạn', 'amber', 'count'],
  ['openWithinDeadline', 'Đang thực hiện trong hạn', 'blue', 'count'],
  ['dueSoon', 'trong đó sắp đến hạn', 'orange', 'sub'],
  ['openOverdue', 'Đang thực hiện quá hạn', 'red', 'count'],
  ['noDeadline', 'Không thời hạn', 'grey', 'count'],
  ['withdrawn', 'Đã rút', null, 'count'],
  ['extended', 'Được gia hạn', null, 'count'],
  ['completionRate', 'Tỷ lệ hoàn thành', null, 'rate'],
  ['onTimeRate', 'Tỷ lệ đúng hạn', null, 'rate'],
  ['score', 'Điểm', null, 'score'],
  ['bandLabel', 'Xếp loại', null, 'text']
];

const numberFormat = new Intl.NumberFormat('vi-VN');
const decimalFormat = new Intl.NumberFormat('vi-VN', {minimumFractionDigits: 1, maximumFractionDigits: 1});

function formatNumber(n) {
  return numberFormat.format(n);
}

function value(row, field) {
  return field === 'noDeadline' ? row.completedNoDeadline + row.openNoDeadline : row[field];
}

function formatCell(v, kind) {
  if (v === null || v === undefined) {
    return '–';
  }
  if (kind === 'rate') {
    return decimalFormat.format(v) + '%';
  }
  if (kind === 'score') {
    return decimalFormat.format(v);
  }
  return kind === 'text' ? v : formatNumber(v);
}

/** dd/MM/yyyy from YYYY-MM-DD. */
function vietnameseDate(iso) {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** YYYY-MM-DD from dd/MM/yyyy (d/M/yyyy too), or null when it is no real date. */
function isoDate(text) {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) {
    return null;
  }
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
    ? date.toISOString().substring(0, 10) : null;
}

/** A date field typed the Vietnamese way, whatever the browser's language (a date input follows the browser's). */
function dateInput(name, iso) {
  return html('input', {type: 'text', name, value: vietnameseDate(iso), placeholder: 'dd/mm/yyyy', inputmode: 'numeric',
    class: 'tt-date', autocomplete: 'off'});
}

/** Today in Vietnam as YYYY-MM-DD, whatever the browser's zone. */
function today() {
  return new Date().toLocaleDateString('sv-SE', {timeZone: 'Asia/Ho_Chi_Minh'});
}

function html(tag, attributes = {}, ...children) {
  const e = document.createElement(tag);
  Object.entries(attributes).forEach(([k, v]) => {
    if (v !== undefined && v !== null && v !== false) {
      e.setAttribute(k, v === true ? '' : v);
    }
  });
  children.flat().forEach(c => e.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return e;
}

function field(label, control) {
  return html('label', {class: 'tt-field'}, html('span', {}, label), control);
}

function stylesheet() {
  if (!document.getElementById('tt-reports-style')) {
    document.head.appendChild(html('link', {
      id: 'tt-reports-style', rel: 'stylesheet', href: new URL('./dashboard.css', import.meta.url).href
    }));
  }
}

/** The page: period form, summary, legend, chart, table. */
function renderDashboard(node) {
  stylesheet();
  const now = today();
  const year = Number(now.substring(0, 4));
  const month = Number(now.substring(5, 7));

  const groupBy = html('select', {name: 'groupBy'},
    Object.entries(VIEWS).map(([k, v]) => html('option', {value: k, selected: k === 'UNIT'}, v.label)));
  const period = html('select', {name: 'period'},
    Object.entries(PERIODS).map(([k, p]) => html('option', {value: k, selected: k === 'QUARTER'}, p.label)));
  const number = html('select', {name: 'number'});
  const yearInput = html('input', {type: 'number', name: 'year', min: 1990, max: 2100, value: year});
  const from = dateInput('from', `${year}-01-01`);
  const to = dateInput('to', now);
  const at = dateInput('at', now);
  const submit = html('button', {type: 'submit', class: 'btn btn-primary'}, 'Xem thống kê');
  const excel = html('a', {class: 'btn btn-default', 'data-role': 'excel'}, 'Tải tệp Excel');
  const numberField = field('Kỳ', number);
  const yearField = field('Năm', yearInput);
  const fromField = field('Từ ngày', from);
  const toField = field('Đến ngày', to);
  const form = html('form', {class: 'tt-form'},
    field('Xem theo', groupBy), field('Kỳ thống kê', period), numberField, yearField, fromField, toField, field('Tính đến ngày', at),
    html('div', {class: 'tt-actions'}, submit, excel));

  const status = html('div', {class: 'tt-status', 'aria-live': 'polite'});
  const result = html('div', {class: 'tt-result'});
  node.appendChild(html('section', {class: 'tt-reports'},
    html('h1', {}, 'Thống kê tình hình thực hiện nhiệm vụ'),
    html('p', {class: 'tt-intro'},
      'Nhiệm vụ được giao trong kỳ, phân loại tại ngày tính; nhiệm vụ đã rút tính riêng. Số liệu từ sổ theo dõi nhiệm vụ.'),
    form, status, result));

  function fillNumbers(selected) {
    const p = PERIODS[period.value];
    number.replaceChildren(...p.numbers.map(([v, label]) => html('option', {value: v, selected: v === selected}, label)));
    const range = period.value === 'RANGE';
    numberField.hidden = p.numbers.length === 0;
    yearField.hidden = range;
    fromField.hidden = !range;
    toField.hidden = !range;
  }
  period.addEventListener('change', () => fillNumbers(period.value === 'MONTH' ? month : 1));
  fillNumbers(Math.ceil(month / 3));

  /** The request's parameters; throws a Vietnamese message for a date that is not one. */
  function query() {
    const dates = [[at, 'Tính đến ngày']];
    if (period.value === 'RANGE') {
      dates.push([from, 'Từ ngày'], [to, 'Đến ngày']);
    }
    for (const [input, label] of dates) {
      if (!isoDate(input.value)) {
        throw new Error(`${label}: '${input.value}' không phải ngày có thật dạng ngày/tháng/năm (dd/mm/yyyy).`);
      }
    }
    if (period.value === 'RANGE' && isoDate(to.value) < isoDate(from.value)) {
      throw new Error(`Đến ngày ${to.value.trim()} không được trước Từ ngày ${from.value.trim()}.`);
    }
    const q = new URLSearchParams({groupBy: groupBy.value, at: isoDate(at.value)});
    if (period.value === 'RANGE') {
      q.set('from', isoDate(from.value));
      q.set('to', isoDate(to.value));
    } else {
      q.set('period', period.value);
      q.set('year', yearInput.value);
      if (period.value !== 'YEAR') {
        q.set('number', number.value);
      }
    }
    return q;
  }

  async function load() {
    status.className = 'tt-status';
    status.textContent = 'Đang tải số liệu…';
    submit.disabled = true;
    try {
      const q = query();
      excel.href = `${apiRoot()}/reports/statistics.xlsx?${q}`;
      const response = await fetch(`${apiRoot()}/reports/statistics?${q}`, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
      const body = await response.json().catch(() => null);
      if (!response.ok) {
        const problems = body && body.problems ? body.problems.map(p => p.message) : [];
        // The API names its parameters in brackets, "(to)", for programs; people read the message without them.
        throw new Error([body && body.message ? body.message : `Máy chủ trả lời lỗi ${response.status}.`, ...problems]
          .map(m => m.replace(/\s\((period|year|number|from|to|at|groupBy|unit|unitKind)\)/g, ''))
          .filter((m, i, all) => all.indexOf(m) === i).join(' '));
      }
      status.textContent = '';
      result.replaceChildren(...renderResult(body));
    } catch (e) {
      status.className = 'tt-status tt-error';
      status.textContent = e.message.startsWith('Failed to fetch') ? 'Không kết nối được máy chủ.' : e.message;
      result.replaceChildren();
    } finally {
      submit.disabled = false;
    }
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    load();
  });
  load();
}

/**
 * The register's address for the tasks a figure counts: assigned in the period up to the reference
 * date (a task assigned after it is not counted), counted by the figure at that date, of the row's
 * unit, issuer or kind of unit; null for what is no count of tasks (rates, score, band).
 */
function registerHref(statistics, field, key) {
  const figure = FIGURES[field];
  const filter = VIEWS[statistics.groupBy].filter;
  if (!figure || (key && !filter)) {
    return null;
  }
  const last = statistics.to < statistics.at ? statistics.to : statistics.at;
  const q = new URLSearchParams({assignedFrom: statistics.from, assignedTo: last, at: statistics.at, figure});
  if (key) {
    q.set(filter, key);
  }
  return `#${REGISTER_PATH}?${q}`;
}

function renderResult(statistics) {
  const total = statistics.total;
  const href = field => registerHref(statistics, field, null);
  const heading = html('p', {class: 'tt-period', 'data-role': 'period'},
    `Nhiệm vụ giao từ ${vietnameseDate(statistics.from)} đến ${vietnameseDate(statistics.to)}, tình trạng tại ngày ${vietnameseDate(statistics.at)}.`);

  const note = (text, field, what) => [`${text}: `,
    link(formatNumber(value(total, field)), href(field), `Xem các nhiệm vụ ${what} trong sổ theo dõi`, field)];
  const tiles = html('div', {class: 'tt-tiles'},
    tile('Tổng số giao', total.assigned, null, note('được gia hạn', 'extended', 'được gia hạn'), 'count', href('assigned'), 'assigned'),
    tile('Hoàn thành đúng hạn', total.completedOnTime, 'green', note('trong đó trước hạn', 'completedBeforeDeadline', 'hoàn thành trước hạn'),
      'count', href('completedOnTime'), 'completedOnTime'),
    tile('Hoàn thành quá hạn', total.completedLate, 'amber', null, 'count', href('completedLate'), 'completedLate'),
    tile('Đang thực hiện trong hạn', total.openWithinDeadline, 'blue', note('trong đó sắp đến hạn', 'dueSoon', 'sắp đến hạn'),
      'count', href('openWithinDeadline'), 'openWithinDeadline'),
    tile('Đang thực hiện quá hạn', total.openOverdue, 'red', null, 'count', href('openOverdue'), 'openOverdue'),
    tile('Không thời hạn', total.completedNoDeadline + total.openNoDeadline, 'grey', null, 'count', href('noDeadline'), 'noDeadline'),
    tile('Đã rút (tính riêng)', total.withdrawn, null, null, 'count', href('withdrawn'), 'withdrawn'),
    tile('Tỷ lệ hoàn thành', total.completionRate, null, null, 'rate'),
    tile('Tỷ lệ đúng hạn', total.onTimeRate, null, null, 'rate'));

  const legend = html('ul', {class: 'tt-legend'},
    SEGMENTS.map(s => html('li', {}, html('span', {class: `tt-swatch tt-fill-${s.cls}`}), s.label)));
  const chart = statistics.rows.some(r => r.assigned > 0)
    ? html('figure', {class: 'tt-figure'}, html('figcaption', {}, `Số nhiệm vụ ${VIEWS[statistics.groupBy].caption} và tình trạng`), legend,
        barChart(statistics.rows, formatNumber))
    : html('p', {class: 'tt-empty'}, 'Không có nhiệm vụ nào được giao trong kỳ này.');

  const head = html('tr', {},
    html('th', {class: 'tt-rank'}, 'Hạng'), html('th', {}, VIEWS[statistics.groupBy].column),
    COLUMNS.map(([f, label, cls, kind]) => html('th', {class: `${cls ? 'tt-head-' + cls : ''} ${kind === 'sub' ? 'tt-sub' : ''}`.trim()}, label)));
  const body = statistics.rows.map(row => tableRow(row, row.rank, row.key, f => registerHref(statistics, f, row.key)));
  const foot = tableRow(total, '', 'TOTAL', href);
  const table = html('div', {class: 'tt-table-wrap'},
    html('table', {class: 'table tt-table', 'data-role': 'statistics'},
      html('thead', {}, head), html('tbody', {}, body), html('tfoot', {}, foot)));
  return [heading, tiles, chart, table];
}

/** A figure as a link to the register, or plain when it is zero (nothing to list) or no count. */
function link(shown, href, title, field) {
  return href && shown !== '0' ? html('a', {href, title, class: 'tt-figure-link', 'data-figure': field}, shown) : shown;
}

function tile(label, v, cls, note = null, kind = 'count', href = null, field = null) {
  const shown = formatCell(v, kind);
  return html('div', {class: `tt-tile ${cls ? 'tt-tile-' + cls : ''}`, 'data-tile': field},
    html('span', {class: 'tt-tile-value'}, link(shown, href, `Xem các nhiệm vụ «${label.toLowerCase()}» trong sổ theo dõi`, field)),
    html('span', {class: 'tt-tile-label'}, label),
    note ? html('span', {class: 'tt-tile-note'}, note) : '');
}

function tableRow(row, rank, key, href) {
  return html('tr', {'data-unit': key},
    html('td', {class: 'tt-rank'}, rank === undefined ? '' : String(rank)),
    html('td', {class: 'tt-unit'}, row.name),
    COLUMNS.map(([f, , cls, kind]) => {
      const v = value(row, f);
      const classes = [kind === 'text' ? 'tt-text' : 'tt-number', kind === 'sub' ? 'tt-sub' : '',
        cls && v > 0 && kind !== 'sub' ? `tt-cell-${cls}` : '', f === 'bandLabel' && row.band ? `tt-band-${row.band}` : ''];
      const link = v > 0 ? href(f) : null;
      return html('td', {class: classes.filter(Boolean).join(' '), 'data-field': f},
        link ? html('a', {href: link, class: 'tt-figure-link'}, formatCell(v, kind)) : formatCell(v, kind));
    }));
}

/**
 * Provincial leaders land on this dashboard, not on Camunda's technical one: the first time in a
 * browser session that Cockpit shows its start page to a Chairman or Vice-Chairman, it opens this
 * page instead (Camunda's own start page stays a click away).
 */
async function leadersLandHere() {
  const atStart = () => ['', '#', '#/', '#/dashboard'].includes(window.location.hash);
  if (!atStart()) {
    return;
  }
  const appRoot = document.querySelector('base').getAttribute('app-root') || '';
  try {
    const user = await fetch(`${appRoot}/api/admin/auth/user/default`, {credentials: 'same-origin'})
      .then(r => (r.ok ? r.json() : null));
    const landed = `tasktracking.landed.${user && user.userId}`;
    if (!user || !user.userId || sessionStorage.getItem(landed)) {
      return;
    }
    const person = await fetch(`${apiRoot()}/directory/people/${encodeURIComponent(user.userId)}`,
      {credentials: 'same-origin', headers: {Accept: 'application/json'}}).then(r => (r.ok ? r.json() : null));
    sessionStorage.setItem(landed, 'yes');
    if (person && (person.roles || []).some(r => r === 'CHAIRMAN' || r === 'VICE_CHAIRMAN') && atStart()) {
      window.location.replace(`#${PATH}`);
    }
  } catch (e) {
    // Without an answer the start page stays Camunda's.
  }
}
window.addEventListener('hashchange', leadersLandHere);
leadersLandHere();

export default [
  {
    id: 'tasktracking-statistics',
    pluginPoint: 'cockpit.route',
    properties: {path: PATH, label: TITLE},
    render: node => renderDashboard(node)
  },
  {
    id: 'tasktracking-statistics-link',
    pluginPoint: 'cockpit.navigation',
    priority: 50,
    properties: {path: PATH, pagePath: `#${PATH}`, label: TITLE},
    checkActive: url => url.includes(`#${PATH}`)
  }
];
