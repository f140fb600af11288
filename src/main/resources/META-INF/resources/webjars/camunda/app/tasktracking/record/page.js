// The record as a page of Tasklist with its own address, #/?record=NV-2026-000123, the register
// at #/?register=1 (with its filters, see register.js) and the Excel import at #/?import=1
// (import.js). Tasklist has no
// route plugin point; its only route ("/") keeps unknown search parameters, so a plugin that is on
// every Tasklist page (the header's bell) opens this page over the list whenever the address asks.
// With &goto=step (the links of notifications) the page first sends the person on to the Tasklist
// step they must work on, when there is one. An inspection's code (KT-12) opens the inspection.
import {apiGet, html, onAddressChange, openPage, routeParams, stylesheet, tasklistRoot, vietnameseDate} from './common.js';
import {renderMessage, showRecord} from './record.js';
import {renderRegister} from './register.js';
import {renderImport} from './import.js';

let page = null;
let shown = null;
let options = {};

function closePage() {
  if (page) {
    page.remove();
    page = null;
    shown = null;
  }
}

function pageFrame(title) {
  closePage();
  stylesheet('record');
  const opened = openPage(title, {'data-role': 'page'});
  page = opened.page;
  return opened.body;
}

async function showInspection(node, code) {
  renderMessage(node, 'Đang tải buổi kiểm tra…');
  try {
    const i = await apiGet(`/inspections/${encodeURIComponent(code.substring(3))}`);
    node.replaceChildren(html('section', {class: 'tt-record', 'data-inspection': i.code},
      html('header', {class: 'tt-record-head'}, html('h2', {}, `Buổi kiểm tra ${i.code}: ${i.unitName}`),
        html('span', {class: 'tt-badge'}, i.statusLabel)),
      html('p', {class: 'tt-content'}, i.content || ''),
      html('dl', {class: 'tt-facts'},
        html('dt', {}, 'Kỳ kiểm tra'), html('dd', {}, `${vietnameseDate(i.periodFrom)} – ${vietnameseDate(i.periodTo)}`),
        html('dt', {}, 'Ngày làm việc'), html('dd', {}, vietnameseDate(i.visitDate)),
        html('dt', {}, 'Hạn gửi báo cáo'), html('dd', {}, vietnameseDate(i.reportDueOn)),
        html('dt', {}, 'Trưởng đoàn'), html('dd', {}, i.leader ? i.leader.fullName : ''))));
  } catch (e) {
    renderMessage(node, e.message);
  }
}

async function route() {
  const params = routeParams();
  const key = (params.get('record') || '').trim();
  if (!key && params.get('import')) {
    if (shown !== window.location.hash) {
      renderImport(pageFrame('Nhập nhiệm vụ từ Excel'));
      shown = window.location.hash;
    }
    return;
  }
  if (!key && params.get('register')) {
    if (shown !== window.location.hash) {
      const body = pageFrame('Sổ theo dõi nhiệm vụ');
      shown = window.location.hash;
      await renderRegister(body, {register: '1'});
    }
    return;
  }
  if (!key) {
    closePage();
    return;
  }
  if (shown === window.location.hash) {
    return;
  }
  if (params.get('goto') === 'step') {
    try {
      const step = await apiGet(`/steps/mine?key=${encodeURIComponent(key)}`);
      if (step) {
        closePage();
        window.location.replace(`${tasklistRoot()}?task=${encodeURIComponent(step.id)}`);
        return;
      }
    } catch (e) {
      // No step to go to: the record says why it cannot be shown, if it cannot.
    }
  }
  const inspection = key.toUpperCase().startsWith('KT-');
  const body = pageFrame(inspection ? 'Buổi kiểm tra' : 'Hồ sơ nhiệm vụ');
  shown = window.location.hash;
  if (inspection) {
    await showInspection(body, key.toUpperCase());
  } else {
    await showRecord(body, key);
    if (options.afterRecord && body.querySelector('.tt-record[data-register-number]')) {
      const panel = html('div');
      body.append(html('section', {class: 'tt-record tt-record-actions', 'data-role': 'record-actions'}, html('h3', {}, 'Thao tác'), panel));
      options.afterRecord(panel, key);
    }
  }
}

/**
 * Starts following the address; called once per page load.
 *
 * @param afterRecord (node, registerNumber) draws what the app adds under a record shown as a page
 */
export function followAddress({afterRecord} = {}) {
  options = {afterRecord};
  onAddressChange(route);
  route();
}
