/*
 * Language of the Camunda webapps (Tasklist, Cockpit, Admin, Welcome): Vietnamese, whatever the
 * browser's language, unless the user asked for English.
 *
 * To switch, open a webapp once with ?lang=en (back with ?lang=vi), for example
 * /camunda/app/tasklist/?lang=en. The choice is kept in this browser (localStorage
 * 'tasktracking.lang') and holds for all four webapps.
 *
 * The webapps show navigator.languages[0] when it is one of availableLocales, else
 * fallbackLocale, and have no language menu; so each config.js offers exactly one locale.
 */

const STORAGE_KEY = 'tasktracking.lang';
const LANGUAGES = ['vi', 'en'];
const DEFAULT_LANGUAGE = 'vi';

/** 'vi' or 'en' from ?lang=, before the '#' or in the Angular route after it (#/?lang=en); else null. */
function requestedLanguage() {
  const {search, hash} = window.location;
  const routeQuery = hash.includes('?') ? hash.substring(hash.indexOf('?')) : '';
  for (const query of [search, routeQuery]) {
    const value = (new URLSearchParams(query).get('lang') || '').toLowerCase();
    if (LANGUAGES.includes(value)) {
      return value;
    }
  }
  return null;
}

function chosenLanguage() {
  const requested = requestedLanguage();
  try {
    if (requested) {
      window.localStorage.setItem(STORAGE_KEY, requested);
      return requested;
    }
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.includes(stored) ? stored : DEFAULT_LANGUAGE;
  } catch (e) {
    // Storage blocked by the browser: the URL still decides for this page.
    return requested || DEFAULT_LANGUAGE;
  }
}

/** 'vi' or 'en'. */
export const language = chosenLanguage();

// The pages are declared English (<html lang="en">): say what they show, for browsers (no offer
// to translate Vietnamese pages) and for datepicker.js.
document.documentElement.lang = language;

/** The 'locales' setting of a webapp's config.js. */
export const locales = {
  availableLocales: [language],
  fallbackLocale: language
};

/** The text of the chosen language: inLanguage({vi: 'Xử lý nhiệm vụ', en: 'Tasklist'}). */
export function inLanguage(texts) {
  return texts[language] || texts[DEFAULT_LANGUAGE];
}

/**
 * Name of the organisation. The webapps show it before the application name in the header and
 * the window title ("UBND tỉnh – Xử lý nhiệm vụ"), hence the dash.
 */
export const vendor = 'UBND tỉnh –';

// Camunda's header binds its menu button's screen-reader label once ({{ :: key | translate }});
// when the header is drawn before the translations are loaded (seen in Admin on a phone), the raw
// key stays, and a screen reader reads "CAM_WIDGET_HEADER_TOGGLE_NAVIGATION". Put the words back.
const HEADER_KEYS = {
  CAM_WIDGET_HEADER_TOGGLE_NAVIGATION: {vi: 'Ẩn/hiện thanh điều hướng', en: 'Toggle navigation'}
};

function restoreHeaderLabels(root) {
  for (const label of root.querySelectorAll('.navbar-toggle .sr-only')) {
    const words = HEADER_KEYS[label.textContent.trim()];
    if (words) {
      label.textContent = words[language] || words[DEFAULT_LANGUAGE];
    }
  }
}

if (typeof MutationObserver !== 'undefined') {
  const start = () => {
    restoreHeaderLabels(document);
    new MutationObserver(() => restoreHeaderLabels(document)).observe(document.body, {childList: true, subtree: true});
  };
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
}
