// The inbox in the webapps' header: a bell with the number of unread notifications, the list
// newest first (unread marked), marking read, each opening its target (see
// notification.NotificationSettings.taskLink). Reads /api/notifications with the session.
import {apiGet, apiPost, html, stylesheet, tasklistRoot, vietnameseDateTime} from './common.js';

const REFRESH_MS = 60000;
const PAGE_SIZE = 20;

const BELL_ICON = 'M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1z';

function bellIcon() {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', BELL_ICON);
  path.setAttribute('fill', 'currentColor');
  svg.appendChild(path);
  return svg;
}

/** Draws the bell into node (a navbar action of Tasklist or Cockpit). */
export function renderBell(node) {
  stylesheet('record');
  const count = html('span', {class: 'tt-bell-count', 'data-role': 'unread', hidden: true});
  const button = html('button', {type: 'button', class: 'tt-bell-button', title: 'Thông báo', 'aria-label': 'Thông báo',
    'aria-expanded': 'false'}, bellIcon(), count);
  const list = html('div', {class: 'tt-inbox', hidden: true, role: 'dialog', 'aria-label': 'Thông báo của tôi'});
  const bell = html('div', {class: 'tt-bell', 'data-role': 'bell'}, button, list);
  node.replaceChildren(bell);

  async function refreshCount() {
    try {
      const {unread} = await apiGet('/notifications/unread-count');
      count.textContent = unread > 99 ? '99+' : String(unread);
      count.hidden = unread === 0;
      button.setAttribute('aria-label', unread ? `Thông báo: ${unread} chưa đọc` : 'Thông báo');
    } catch (e) {
      count.hidden = true;
    }
  }

  async function open(item) {
    if (!item.readAt) {
      try {
        await apiPost(`/notifications/${item.id}/read`);
      } catch (e) {
        // Opening the target matters more than the mark; the count says the truth on the next refresh.
      }
    }
    close();
    refreshCount();
    const target = address(item);
    if (target) {
      window.location.href = target;
    }
  }

  /**
   * Where a notification opens, from Tasklist's bell and Cockpit's alike: Tasklist's page of its task
   * (or inspection), which goes on to the step the person must work on when there is one. Built here
   * from the notification's target, in this browser's own address (the stored link may name another
   * host or an older kind of page); the API's link only when the notification names no task.
   */
  function address(item) {
    return item.target ? `${tasklistRoot()}?record=${encodeURIComponent(item.target)}&goto=step` : item.link;
  }

  async function showList() {
    list.replaceChildren(html('p', {class: 'tt-inbox-note'}, 'Đang tải thông báo…'));
    try {
      const page = await apiGet(`/notifications?page=0&size=${PAGE_SIZE}`);
      const items = page.items.map(item => {
        const entry = html('button', {type: 'button', class: `tt-inbox-item${item.readAt ? '' : ' tt-unread'}`,
          'data-id': item.id, 'data-unread': item.readAt ? 'false' : 'true'},
          html('span', {class: 'tt-inbox-subject'}, item.subject),
          html('span', {class: 'tt-inbox-meta'}, `${item.kindLabel || 'Thông báo'} · ${vietnameseDateTime(item.createdAt)}`
            + (item.readAt ? '' : ' · Chưa đọc')));
        entry.addEventListener('click', () => open(item));
        return html('div', {role: 'listitem'}, entry);
      });
      list.replaceChildren(
        html('div', {class: 'tt-inbox-head'}, html('strong', {}, 'Thông báo'),
          html('span', {}, page.total > PAGE_SIZE ? `${PAGE_SIZE} thông báo mới nhất / ${page.total}` : `${page.total} thông báo`)),
        // Not ul > li > button: Camunda's header styles every "li > button" in it as a menu entry.
        items.length ? html('div', {class: 'tt-inbox-list', role: 'list'}, items) : html('p', {class: 'tt-inbox-note'}, 'Anh/chị chưa có thông báo nào.'));
    } catch (e) {
      list.replaceChildren(html('p', {class: 'tt-inbox-note tt-error'}, e.message));
    }
  }

  function close() {
    list.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  }

  button.addEventListener('click', event => {
    event.stopPropagation();
    if (list.hidden) {
      list.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      showList();
    } else {
      close();
    }
  });
  document.addEventListener('click', event => {
    if (!bell.contains(event.target)) {
      close();
    }
  });
  refreshCount();
  const timer = setInterval(refreshCount, REFRESH_MS);
  window.addEventListener('hashchange', refreshCount);
  return () => {
    clearInterval(timer);
    window.removeEventListener('hashchange', refreshCount);
  };
}
