// The register ("Sổ theo dõi nhiệm vụ"): search by number or words of the content, filter by unit,
// issuer, directive, period of assignment and status class at a reference date, sorted and paged,
// each row in its class's colour and opening the task's record; the Excel file of exactly the
// filtered list (/api/tasks.xlsx, same parameters). The filters live in the page's address, so the
// statistics dashboard opens the register on the tasks a figure counts. Units see their own tasks.
import {apiGet, apiRoot, html, routeParams, stylesheet, tasklistRoot, vietnameseDate} from './common.js';

const CLASSES = [
  ['', 'Tất cả'],
  ['COMPLETED_ON_TIME', 'Hoàn thành đúng hạn'],
  ['COMPLETED_LATE', 'Hoàn thành quá hạn'],
  ['COMPLETED_NO_DEADLINE', 'Hoàn thành (không thời hạn)'],
  ['OPEN_WITHIN_DEADLINE', 'Đang thực hiện trong hạn'],
  ['OPEN_OVERDUE', 'Đang thực hiện quá hạn'],
  ['OPEN_NO_DEADLINE', 'Đang thực hiện (không thời hạn)'],
  ['WITHDRAWN', 'Đã rút']
];
export const COLOURS = {COMPLETED_ON_TIME: 'green', COMPLETED_LATE: 'amber', COMPLETED_NO_DEADLINE: 'grey', OPEN_WITHIN_DEADLINE: 'blue',
  OPEN_OVERDUE: 'red', OPEN_NO_DEADLINE: 'grey', WITHDRAWN: 'none'};
// The figures of the statistics (assignment.TaskFigure): the dashboard opens the register on the tasks one counts.
const FIGURES = [
  ['', 'Tất cả'],
  ['ASSIGNED', 'Tổng số giao (trừ đã rút)'],
  ['COMPLETED', 'Đã hoàn thành'],
  ['COMPLETED_ON_TIME', 'Hoàn thành đúng hạn'],
  ['COMPLETED_BEFORE_DEADLINE', 'Hoàn thành trước hạn'],
  ['COMPLETED_LATE', 'Hoàn thành quá hạn'],
  ['OPEN', 'Đang thực hiện'],
  ['OPEN_WITHIN_DEADLINE', 'Đang thực hiện trong hạn'],
  ['DUE_SOON', 'Sắp đến hạn (trong 3 ngày làm việc)'],
  ['OPEN_OVERDUE', 'Đang thực hiện quá hạn'],
  ['NO_DEADLINE', 'Không thời hạn'],
  ['COMPLETED_NO_DEADLINE', 'Hoàn thành (không thời hạn)'],
  ['OPEN_NO_DEADLINE', 'Đang thực hiện (không thời hạn)'],
  ['WITHDRAWN', 'Đã rút'],
  ['EXTENDED', 'Được gia hạn']
];
const SORTS = [
  ['assignedOn,desc', 'Ngày giao (mới nhất trước)'], ['assignedOn,asc', 'Ngày giao (cũ nhất trước)'],
  ['deadline,asc', 'Hạn xử lý (sớm nhất trước)'], ['deadline,desc', 'Hạn xử lý (muộn nhất trước)'],
  ['registerNumber,asc', 'Số vào sổ'], ['unit,asc', 'Đơn vị chủ trì']
];
const ISSUERS = [['', 'Tất cả'], ['COMMITTEE', 'UBND tỉnh'], ['CHAIRMAN', 'Chủ tịch UBND tỉnh'], ['VICE_CHAIRMAN', 'Các Phó Chủ tịch']];
const KINDS = [['', 'Tất cả'], ['PROVINCIAL_OFFICE', 'Văn phòng UBND tỉnh'], ['DEPARTMENT', 'Sở, ban, ngành'],
  ['DISTRICT_COMMITTEE', 'UBND cấp huyện'], ['COMMUNE_COMMITTEE', 'UBND cấp xã']];
const FILTERS = ['q', 'unit', 'unitKind', 'issuer', 'directive', 'assignedFrom', 'assignedTo', 'statusClass', 'figure', 'at', 'sort',
  'page'];
const PAGE_SIZE = 20;

/** Today in Vietnam as YYYY-MM-DD. */
function today() {
  return new Date().toLocaleDateString('sv-SE', {timeZone: 'Asia/Ho_Chi_Minh'});
}

/** YYYY-MM-DD from dd/mm/yyyy, '' for an empty field, null for no real date. */
function isoDate(text) {
  if (!text.trim()) {
    return '';
  }
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) {
    return null;
  }
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
    ? date.toISOString().substring(0, 10) : null;
}

function select(name, options, value) {
  return html('select', {name}, options.map(([v, label]) => html('option', {value: v, selected: v === value}, label)));
}

function field(label, control) {
  return html('label', {class: 'tt-field'}, html('span', {}, label), control);
}

/** The address of this page with other filters (the same app, the same route). */
function addressWith(params) {
  const hash = window.location.hash;
  const route = hash.includes('?') ? hash.substring(0, hash.indexOf('?')) : (hash || '#/');
  return `${route}?${params}`;
}

/**
 * Draws the register into node from the filters in the address.
 *
 * @param keep parameters of the address that are not filters and must stay (Tasklist's register=1)
 */
export async function renderRegister(node, keep = {}) {
  stylesheet('record');
  const params = routeParams();
  const value = name => params.get(name) || '';
  const units = await apiGet('/directory/units').catch(() => []);
  const unitOptions = [['', 'Tất cả'], ...units.filter(u => u.active !== false).map(u => [u.code, u.name])];

  const q = html('input', {type: 'search', name: 'q', value: value('q'), placeholder: 'Số vào sổ hoặc từ trong nội dung'});
  const unit = select('unit', unitOptions, value('unit'));
  const unitKind = select('unitKind', KINDS, value('unitKind'));
  const issuerValue = value('issuer');
  // The statistics by issuer open the register with one issuer's key: the committee, the Chairman or a Vice-Chairman.
  let issuerOptions = ISSUERS;
  if (!ISSUERS.some(([v]) => v === issuerValue)) {
    const named = {UBND: 'UBND tỉnh', CHU_TICH: 'Chủ tịch UBND tỉnh'}[issuerValue]
      || await apiGet(`/directory/people/${encodeURIComponent(issuerValue)}`).then(p => p.fullName).catch(() => 'Người giao đã chọn');
    issuerOptions = [...ISSUERS, [issuerValue, named]];
  }
  const issuer = select('issuer', issuerOptions, issuerValue);
  const directive = html('input', {type: 'text', name: 'directive', value: value('directive'), placeholder: 'Ví dụ 162/QĐ-UBND'});
  const dateInput = (name, iso) => html('input', {type: 'text', name, value: iso ? vietnameseDate(iso) : '', placeholder: 'ngày/tháng/năm',
    inputmode: 'numeric', class: 'tt-date', autocomplete: 'off'});
  const from = dateInput('assignedFrom', value('assignedFrom'));
  const to = dateInput('assignedTo', value('assignedTo'));
  const at = dateInput('at', value('at') || today());
  const statusClass = select('statusClass', CLASSES, value('statusClass'));
  const figure = select('figure', FIGURES, value('figure'));
  const sort = select('sort', SORTS, value('sort') || 'assignedOn,desc');
  const form = html('form', {class: 'tt-form tt-register-form'},
    field('Tìm', q), field('Đơn vị chủ trì', unit), field('Loại đơn vị', unitKind), field('Người giao', issuer), field('Số văn bản', directive),
    field('Giao từ ngày', from), field('Giao đến ngày', to), field('Nhóm trạng thái', statusClass), field('Số liệu thống kê', figure),
    field('Tính tại ngày', at), field('Sắp xếp', sort),
    html('div', {class: 'tt-actions'}, html('button', {type: 'submit', class: 'btn btn-primary'}, 'Tra cứu')));
  // On a phone the form would fill the screen: it folds behind a button that says how many filters are on.
  const active = FILTERS.filter(name => !['sort', 'page', 'at'].includes(name) && params.get(name)).length;
  const toggle = html('button', {type: 'button', class: 'btn btn-default tt-filter-toggle', 'data-role': 'filter-toggle',
    'aria-expanded': 'false'}, active ? `Bộ lọc (${active} đang áp dụng)` : 'Bộ lọc');
  form.classList.add('tt-folded');
  toggle.addEventListener('click', () => {
    const folded = form.classList.toggle('tt-folded');
    toggle.setAttribute('aria-expanded', folded ? 'false' : 'true');
  });
  const status = html('div', {class: 'tt-status', 'aria-live': 'polite'});
  const result = html('div', {class: 'tt-register-result'});
  node.replaceChildren(html('section', {class: 'tt-record tt-register'},
    html('h2', {}, 'Sổ theo dõi nhiệm vụ'), toggle, form, status, result));

  form.addEventListener('submit', event => {
    event.preventDefault();
    const next = new URLSearchParams(keep);
    const dates = [[from, 'Giao từ ngày'], [to, 'Giao đến ngày'], [at, 'Tính tại ngày']];
    for (const [input, label] of dates) {
      if (isoDate(input.value) === null) {
        status.className = 'tt-status tt-error';
        status.textContent = `${label}: '${input.value}' không phải ngày có thật dạng ngày/tháng/năm (dd/mm/yyyy).`;
        return;
      }
    }
    [[q, q.value.trim()], [unit, unit.value], [unitKind, unitKind.value], [issuer, issuer.value], [directive, directive.value.trim()],
      [from, isoDate(from.value)], [to, isoDate(to.value)], [statusClass, statusClass.value], [figure, figure.value],
      [at, isoDate(at.value)],
      [sort, sort.value]].forEach(([input, v]) => {
      if (v) {
        next.set(input.name, v);
      }
    });
    window.location.hash = addressWith(next);
  });

  const query = new URLSearchParams();
  FILTERS.forEach(name => {
    if (params.get(name)) {
      query.set(name, params.get(name));
    }
  });
  if (!query.get('at')) {
    query.set('at', today());
  }
  query.set('size', String(PAGE_SIZE));
  status.className = 'tt-status';
  status.textContent = 'Đang tải sổ theo dõi…';
  try {
    const page = await apiGet(`/tasks?${query}`);
    status.textContent = '';
    const excelQuery = new URLSearchParams(query);
    excelQuery.delete('page');
    excelQuery.delete('size');
    result.replaceChildren(...renderPage(page, query, keep, `${apiRoot()}/tasks.xlsx?${excelQuery}`));
  } catch (e) {
    status.className = 'tt-status tt-error';
    status.textContent = e.message;
    result.replaceChildren();
  }
}

function renderPage(page, query, keep, excelHref) {
  const first = page.page * page.size + 1;
  const last = page.page * page.size + page.items.length;
  const summary = html('div', {class: 'tt-register-summary'},
    html('span', {'data-role': 'total'}, page.total === 0 ? 'Không có nhiệm vụ nào phù hợp.'
      : `${page.total} nhiệm vụ, đang xem ${first}–${last}; nhóm trạng thái tính tại ngày ${vietnameseDate(query.get('at'))}.`),
    page.total > 0 ? html('a', {class: 'btn btn-default', href: excelHref, 'data-role': 'excel', download: ''}, 'Tải tệp Excel') : '');
  if (page.total === 0) {
    return [summary];
  }
  const rows = page.items.map(t => html('tr', {class: `tt-row-${COLOURS[t.statusClass]}`, 'data-register-number': t.registerNumber},
    html('td', {}, html('a', {href: `${tasklistRoot()}?record=${encodeURIComponent(t.registerNumber)}`, 'data-role': 'open'},
      t.registerNumber)),
    html('td', {class: 'tt-register-content'}, t.content),
    html('td', {}, t.leadUnitName),
    html('td', {}, `${t.directiveNumber} (${vietnameseDate(t.directiveIssuedOn)})`),
    html('td', {}, t.issuerName),
    html('td', {}, vietnameseDate(t.assignedOn)),
    html('td', {}, t.currentDeadline ? vietnameseDate(t.currentDeadline) : 'Không thời hạn'),
    html('td', {}, html('span', {class: `tt-badge tt-badge-${COLOURS[t.statusClass]}`}, t.statusClassLabel)),
    html('td', {}, t.statusLabel)));
  const table = html('div', {class: 'tt-table-wrap'}, html('table', {class: 'table tt-table', 'data-role': 'register'},
    html('thead', {}, html('tr', {}, ['Số vào sổ', 'Nội dung', 'Đơn vị chủ trì', 'Văn bản', 'Người giao', 'Ngày giao', 'Hạn xử lý',
      'Nhóm trạng thái', 'Trạng thái xử lý'].map(h => html('th', {}, h)))),
    html('tbody', {}, rows)));
  const pages = Math.ceil(page.total / page.size);
  const pager = pages > 1 ? html('nav', {class: 'tt-pager', 'aria-label': 'Trang'},
    page.page > 0 ? html('a', {href: addressWith(withPage(query, keep, page.page - 1)), class: 'btn btn-default'}, '‹ Trang trước') : '',
    html('span', {}, `Trang ${page.page + 1}/${pages}`),
    page.page + 1 < pages ? html('a', {href: addressWith(withPage(query, keep, page.page + 1)), class: 'btn btn-default'}, 'Trang sau ›') : '')
    : '';
  return [summary, table, pager];
}

function withPage(query, keep, n) {
  const next = new URLSearchParams(keep);
  FILTERS.forEach(name => {
    if (name !== 'page' && query.get(name)) {
      next.set(name, query.get(name));
    }
  });
  next.set('page', String(n));
  return next;
}
