// "Nhập nhiệm vụ từ Excel" (#/?import=1), for the Provincial Office's specialists and the
// administrators: the template to fill in (GET /api/imports/tasks/template.xlsx), the upload
// (POST /api/imports/tasks, all rows or none) and its answer: how many tasks and directives were
// imported, each directive opening the register filtered to it; or every problem of the file in a
// table by row and column, nothing imported.
import {ApiError, apiRoot, apiUpload, html, stylesheet, tasklistRoot, vietnameseDate} from './common.js';

/** The roles that may import (TaskImportController says the same on the server). */
export const IMPORT_ROLES = ['OFFICE_SPECIALIST', 'ADMINISTRATOR'];

const STATUS = {COMPLETED: 'Đã hoàn thành', WITHDRAWN: 'Đã rút'};
const TASKS_SHOWN = 100;

/** The register's address filtered to one directive, as the register names it: number and date. */
function registerOf(number, issuedOn) {
  const params = new URLSearchParams({register: '1', directive: `${number} ngày ${vietnameseDate(issuedOn)}`});
  return `${tasklistRoot()}?${params}`;
}

function renderImported(result) {
  const directives = new Map();
  result.tasks.forEach(t => {
    const key = `${t.directiveNumber}|${t.directiveIssuedOn}`;
    const d = directives.get(key) || {number: t.directiveNumber, issuedOn: t.directiveIssuedOn, count: 0};
    d.count += 1;
    directives.set(key, d);
  });
  const directiveCount = result.directivesCreated + result.directivesReused;
  const facts = [`${result.imported} nhiệm vụ`, `${directiveCount} văn bản chỉ đạo`
    + (result.directivesReused ? ` (${result.directivesCreated} văn bản mới, ${result.directivesReused} văn bản đã có trong sổ)` : '')];
  const parts = [
    html('p', {class: 'tt-import-ok', 'data-role': 'imported'},
      `Đã nhập ${facts.join(' thuộc ')} từ tệp «${result.fileName}»: ${result.completed} đã hoàn thành, ${result.withdrawn} đã rút, `
      + `${result.open} đang thực hiện (được theo dõi, nhắc hạn như nhiệm vụ giao mới).`),
    html('h3', {}, 'Văn bản đã nhập'),
    html('div', {class: 'tt-table-wrap'}, html('table', {class: 'table tt-table', 'data-role': 'imported-directives'},
      html('thead', {}, html('tr', {}, ['Văn bản', 'Số nhiệm vụ', ''].map(h => html('th', {}, h)))),
      html('tbody', {}, [...directives.values()].map(d => html('tr', {},
        html('td', {}, `${d.number} ngày ${vietnameseDate(d.issuedOn)}`),
        html('td', {}, String(d.count)),
        html('td', {}, html('a', {href: registerOf(d.number, d.issuedOn), 'data-role': 'register-of-directive'},
          'Xem trong sổ theo dõi'))))))),
    html('h3', {}, 'Nhiệm vụ đã nhập'),
    html('div', {class: 'tt-table-wrap'}, html('table', {class: 'table tt-table', 'data-role': 'imported-tasks'},
      html('thead', {}, html('tr', {}, ['Dòng', 'Số vào sổ', 'Văn bản', 'Trạng thái'].map(h => html('th', {}, h)))),
      html('tbody', {}, result.tasks.slice(0, TASKS_SHOWN).map(t => html('tr', {},
        html('td', {}, String(t.row)),
        html('td', {}, html('a', {href: `${tasklistRoot()}?record=${encodeURIComponent(t.registerNumber)}`, 'data-role': 'open'},
          t.registerNumber)),
        html('td', {}, `${t.directiveNumber} ngày ${vietnameseDate(t.directiveIssuedOn)}`),
        html('td', {}, STATUS[t.status] || 'Đang thực hiện')))))),
    result.tasks.length > TASKS_SHOWN
      ? html('p', {class: 'tt-empty'}, `Và ${result.tasks.length - TASKS_SHOWN} nhiệm vụ khác: xem trong sổ theo từng văn bản ở trên.`) : ''
  ];
  return parts;
}

function renderProblems(e) {
  const problems = e.problems || [];
  return [
    html('p', {class: 'tt-import-refused', 'data-role': 'refused'}, e.summary),
    problems.length ? html('div', {class: 'tt-table-wrap'}, html('table', {class: 'table tt-table tt-import-problems', 'data-role': 'problems'},
      html('thead', {}, html('tr', {}, ['Dòng', 'Cột', 'Tên cột', 'Lỗi'].map(h => html('th', {}, h)))),
      html('tbody', {}, problems.map(p => html('tr', {'data-row': p.row, 'data-column': p.column || ''},
        html('td', {}, p.row > 0 ? String(p.row) : 'Cả tệp'),
        html('td', {}, p.column || '–'),
        html('td', {}, p.field || ''),
        html('td', {}, p.message)))))) : ''
  ];
}

/** Draws the import page into node. */
export function renderImport(node) {
  stylesheet('record');
  // The browser's own file button speaks the browser's language: it is hidden behind a Vietnamese one.
  const file = html('input', {type: 'file', name: 'file', class: 'tt-file-input',
    accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'data-role': 'import-file'});
  const chosenName = html('span', {class: 'tt-file-name', 'data-role': 'import-file-name'}, 'Chưa chọn tệp nào.');
  file.addEventListener('change', () => {
    chosenName.textContent = file.files && file.files[0] ? file.files[0].name : 'Chưa chọn tệp nào.';
  });
  const submit = html('button', {type: 'submit', class: 'btn btn-primary', 'data-role': 'import-submit'}, 'Nhập nhiệm vụ');
  const status = html('div', {class: 'tt-status', 'aria-live': 'polite', 'data-role': 'import-status'});
  const result = html('div', {class: 'tt-import-result', 'data-role': 'import-result'});
  const form = html('form', {class: 'tt-form tt-import-form'},
    html('div', {class: 'tt-field'}, html('span', {}, 'Tệp Excel (.xlsx) đã điền theo mẫu'),
      html('label', {class: 'tt-file-choose'}, file, html('span', {class: 'btn btn-default'}, 'Chọn tệp…'), chosenName)),
    html('div', {class: 'tt-actions'}, submit));
  node.replaceChildren(html('section', {class: 'tt-record tt-import'},
    html('h2', {}, 'Nhập nhiệm vụ từ Excel'),
    html('ol', {class: 'tt-import-steps'},
      html('li', {}, 'Tải tệp mẫu: ',
        html('a', {href: `${apiRoot()}/imports/tasks/template.xlsx`, download: 'mau-nhap-nhiem-vu.xlsx', 'data-role': 'template'},
          'mau-nhap-nhiem-vu.xlsx'),
        '. Trang «Hướng dẫn» trong tệp nói cách ghi từng cột.'),
      html('li', {}, 'Điền mỗi nhiệm vụ một dòng dưới dòng tiêu đề, giữ nguyên dòng tiêu đề. Một tệp tối đa 20.000 dòng.'),
      html('li', {}, 'Chọn tệp và bấm «Nhập nhiệm vụ». Mọi dòng được kiểm tra trước: có lỗi ở bất kỳ dòng nào thì không nhập dòng nào.')),
    form, status, result));

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const chosen = file.files && file.files[0];
    if (!chosen) {
      status.className = 'tt-status tt-error';
      status.textContent = 'Hãy chọn tệp Excel (.xlsx) cần nhập.';
      return;
    }
    const body = new FormData();
    body.append('file', chosen, chosen.name);
    submit.disabled = true;
    status.className = 'tt-status';
    status.textContent = `Đang kiểm tra và nhập tệp «${chosen.name}»…`;
    result.replaceChildren();
    try {
      const answer = await apiUpload('/imports/tasks', body);
      status.textContent = '';
      result.replaceChildren(...renderImported(answer));
    } catch (e) {
      status.className = 'tt-status tt-error';
      status.textContent = e instanceof ApiError && e.problems.length ? 'Chưa nhập nhiệm vụ nào.' : e.message;
      result.replaceChildren(...(e instanceof ApiError && e.problems.length ? renderProblems(e) : []));
    } finally {
      submit.disabled = false;
      // The same file, corrected, may be chosen again.
      file.value = '';
      chosenName.textContent = 'Chưa chọn tệp nào.';
    }
  });
}
