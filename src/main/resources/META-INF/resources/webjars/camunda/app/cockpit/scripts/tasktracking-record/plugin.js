// Cockpit plugins of the inbox (shared code in ../../../tasktracking/record/): the bell in the header.
// Cockpit 7.24 has no navbar action plugin point (Tasklist has); an entry of its header menu
// (cockpit.navigation) may draw itself, so the bell is the menu's last entry.
import {renderBell} from '../../../tasktracking/record/inbox.js';

export default [
  {
    id: 'tasktracking-inbox',
    pluginPoint: 'cockpit.navigation',
    priority: 0,
    properties: {label: 'Thông báo'},
    checkActive: () => false,
    render: node => renderBell(node)
  }
];
