// Cockpit plugins of the inbox (shared code in ../../../tasktracking/record/): the bell in the header.
import {renderBell} from '../../../tasktracking/record/inbox.js';

export default [
  {
    id: 'tasktracking-inbox',
    pluginPoint: 'cockpit.navbar.action',
    priority: 100,
    render: node => renderBell(node)
  }
];
