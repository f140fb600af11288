// Tasklist's start forms (Camunda Forms) with choices from the directory, and the register number
// said once a task is registered.
//
// 1. Options from the directory. A form's select or taglist names where its options come from with
//    `valuesKey`, a process variable. Tasklist 7.24 reads the variables of a TASK's form
//    (GET /task/{id}/form-variables) but not of a start form: for a start form it only fetches the
//    deployed form (window.fetch of .../deployed-start-form) and renders it. So the variables a start
//    form names are supplied here, by the same names, from the directory the person can read
//    (/api/directory), and written into the form as its options before form-js sees it:
//      activeUnits           the units in operation: value the unit's code, label its name;
//      provincialViceChairmen the Vice-Chairmen (active): value the username, label the full name.
//    The Chairman's option of a field keyed issuerKind also shows the Chairman's name. The values
//    stored are still codes and usernames; the server checks them as before (StartFormRegistrationListener).
// 2. The register number. Tasklist answers a start with "Đã khởi tạo quy trình." only; the engine's
//    answer to submit-form carries the business key, which is the task's register number. It is
//    read from that answer (XMLHttpRequest) and said in one of Tasklist's notifications, with a link
//    to the task's record.
//
// Loaded through requireJsConfig by tasklist/scripts/config.js (module tasktracking.startform).
define(['angular'], function (angular) {
  'use strict';

  var START_FORM = /\/process-definition\/[^/?]+\/deployed-start-form(\?|$)/;
  var SUBMIT_START = /\/process-definition\/(key\/[^/]+|[^/?]+)\/submit-form(\?|$)/;
  var REGISTER_NUMBER = /^NV-\d{4}-\d+$/;

  function apiRoot() {
    var base = document.querySelector('base');
    var appRoot = (base && base.getAttribute('app-root')) || '/camunda';
    return appRoot.substring(0, appRoot.lastIndexOf('/')) + '/api';
  }

  function getJson(path) {
    return nativeFetch(apiRoot() + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (r) {
        if (!r.ok) {
          throw new Error('HTTP ' + r.status);
        }
        return r.json();
      });
  }

  function byLabel(a, b) {
    return a.label.localeCompare(b.label, 'vi');
  }

  /** The "variables" the start forms may name in valuesKey, read from the directory. */
  function directoryOptions(keys) {
    var wanted = {};
    keys.forEach(function (k) {
      wanted[k] = true;
    });
    var units = wanted.activeUnits ? getJson('/directory/units') : Promise.resolve([]);
    var people = wanted.provincialViceChairmen || wanted.chairman ? getJson('/directory/people') : Promise.resolve([]);
    return Promise.all([units, people]).then(function (answers) {
      var active = answers[1].filter(function (p) {
        return p.active !== false;
      });
      var withRole = function (role) {
        return active.filter(function (p) {
          return (p.roles || []).indexOf(role) >= 0;
        });
      };
      return {
        activeUnits: answers[0].filter(function (u) {
          return u.active !== false;
        }).map(function (u) {
          return {label: u.name, value: u.code};
        }).sort(byLabel),
        provincialViceChairmen: withRole('VICE_CHAIRMAN').map(function (p) {
          return {label: p.fullName + (p.title ? ' – ' + p.title : ''), value: p.username};
        }).sort(byLabel),
        chairman: withRole('CHAIRMAN')[0] || null
      };
    });
  }

  function components(schema) {
    var all = [];
    (function walk(list) {
      (list || []).forEach(function (c) {
        all.push(c);
        walk(c.components);
      });
    })(schema.components);
    return all;
  }

  /** The schema with the directory's options in place of the variables it names. */
  function withDirectoryOptions(schema) {
    var fields = components(schema);
    var keys = fields.map(function (c) {
      return c.valuesKey;
    }).filter(function (k) {
      return k === 'activeUnits' || k === 'provincialViceChairmen';
    });
    var issuer = fields.filter(function (c) {
      return c.key === 'issuerKind' && Array.isArray(c.values);
    })[0];
    if (!keys.length && !issuer) {
      return Promise.resolve(schema);
    }
    return directoryOptions(keys.concat(issuer ? ['chairman'] : [])).then(function (options) {
      fields.forEach(function (c) {
        if (options[c.valuesKey]) {
          c.values = options[c.valuesKey];
          delete c.valuesKey;
        }
      });
      if (issuer && options.chairman) {
        issuer.values.forEach(function (v) {
          if (v.value === 'CHAIRMAN') {
            v.label = v.label + ' (' + options.chairman.fullName + ')';
          }
        });
      }
      return schema;
    });
  }

  var nativeFetch = window.fetch.bind(window);

  window.fetch = function (input, init) {
    var url = typeof input === 'string' ? input : (input && input.url) || '';
    var answer = nativeFetch(input, init);
    if (!START_FORM.test(url)) {
      return answer;
    }
    return answer.then(function (response) {
      if (!response.ok) {
        return response;
      }
      return response.clone().json().then(function (schema) {
        return withDirectoryOptions(schema).then(function (enriched) {
          return new Response(JSON.stringify(enriched), {
            status: response.status,
            statusText: response.statusText,
            headers: {'Content-Type': 'application/json'}
          });
        });
      }).catch(function () {
        // Not a Camunda Form, or the directory did not answer: the form as deployed.
        return response;
      });
    });
  };

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  // Tasklist's engine calls go through the Camunda SDK's HTTP client (XMLHttpRequest), not $http:
  // the answer to a start is read where it arrives.
  var injector = null;
  var nativeOpen = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    var request = this;
    if (String(method).toUpperCase() === 'POST' && SUBMIT_START.test(String(url))) {
      request.addEventListener('load', function () {
        if (request.status === 200) {
          announce(request.responseText);
        }
      });
    }
    return nativeOpen.apply(this, arguments);
  };

  function announce(answer) {
    var key;
    try {
      key = JSON.parse(answer).businessKey;
    } catch (e) {
      return;
    }
    if (!injector || !key || !REGISTER_NUMBER.test(key)) {
      return;
    }
    var link = '#/?record=' + encodeURIComponent(key);
    // The start dialog has a notification panel of its own, which would take the notice and close
    // with it: the notice waits until the dialog is gone.
    var waited = 0;
    (function whenDialogClosed() {
      if (document.querySelector('.modal .fjs-container') && waited < 15000) {
        waited += 200;
        window.setTimeout(whenDialogClosed, 200);
        return;
      }
      notify(key, link);
    })();
  }

  function notify(key, link) {
    injector.get('$rootScope').$applyAsync(function () {
      injector.get('Notifications').addMessage({
        status: 'Đã vào sổ nhiệm vụ',
        message: 'số vào sổ <a href="' + escapeHtml(link) + '" data-role="started-record">' + escapeHtml(key)
          + '</a> (bấm để mở hồ sơ nhiệm vụ).',
        unsafe: true,
        duration: 20000
      });
    });
  }

  angular.module('tasktracking.startform', [])
    .run(['$injector', function ($injector) {
      injector = $injector;
    }]);
});
