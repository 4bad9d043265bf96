// The book's additions to mdBook's default theme: one language at a time, a language switch that
// keeps the reader's place, listing captions with a run line, per-language print (which is also
// what the PDFs are printed from), Chinese text marked as Chinese on the other pages, the PDFs
// offered on the landing page, and a search that finds Chinese words (mdBook's index splits on
// spaces only, so it cannot).
// Loaded on every page through `additional-js`; mdBook's own scripts have run by then.
(function () {
    'use strict';

    // `title` is book.toml's title in that language; tests/pdf.rs finds it on each PDF's first page.
    const LANGUAGES = {
        zh: {
            html: 'zh-CN', name: '中文', part: '中文',
            title: 'Rust 并发编程，一课一课',
            subtitle: '线程、队列、锁、池、进程与 async/await：从 Python 到 Rust',
            contents: '目录',
        },
        en: {
            html: 'en', name: 'English', part: 'English',
            title: 'Concurrency in Rust, lesson by lesson',
            subtitle: 'Threads, queues, locks, pools, processes and async/await, from Python to Rust',
            contents: 'Contents',
        },
    };
    const root = typeof path_to_root === 'string' ? path_to_root : '';

    // --- Which language this page is in: its directory, `zh/` or `en/` ----------------------
    function pageLanguage() {
        const match = location.pathname.match(/\/(zh|en)\/[^/]*$/);
        return match ? match[1] : null;
    }
    const lang = pageLanguage();
    const other = lang === 'zh' ? 'en' : lang === 'en' ? 'zh' : null;
    if (lang) {
        document.documentElement.lang = LANGUAGES[lang].html;
    }

    function t(zh, en) {
        return lang === 'zh' ? zh : en;
    }

    // --- Sidebar: only this language's part ---------------------------------------------------
    function filterSidebar() {
        if (!lang) {
            return;
        }
        const items = document.querySelectorAll('#mdbook-sidebar .chapter > li');
        let part = null;
        items.forEach(item => {
            if (item.classList.contains('part-title')) {
                part = Object.keys(LANGUAGES).find(code => LANGUAGES[code].part === item.textContent.trim());
                item.hidden = true;
                return;
            }
            if (part !== null && part !== lang) {
                item.hidden = true;
            }
        });
    }

    // --- Previous / next: never into the other language -------------------------------------
    function stayInLanguage() {
        if (!lang) {
            return;
        }
        document.querySelectorAll('a.nav-chapters, a.mobile-nav-chapters').forEach(link => {
            const target = new URL(link.href, location.href).pathname;
            if (target.includes('/' + other + '/')) {
                link.remove();
            }
        });
    }

    // --- The language switch: same page, same section, other language -----------------------
    function twinUrl(hash) {
        const path = location.pathname.replace(new RegExp('/' + lang + '/([^/]*)$'), '/' + other + '/$1');
        return path + (hash || '');
    }

    function addLanguageSwitch() {
        if (!lang) {
            return;
        }
        const link = document.createElement('a');
        link.className = 'lang-switch';
        link.href = twinUrl(location.hash);
        link.hreflang = LANGUAGES[other].html;
        link.lang = LANGUAGES[other].html;
        link.textContent = LANGUAGES[other].name;
        link.title = t('Read this page in English', '阅读本页的中文版');
        // Sections carry the same ids in both languages, so the hash is kept at click time.
        link.addEventListener('click', () => {
            link.href = twinUrl(location.hash);
        });
        const buttons = document.querySelector('#mdbook-menu-bar .right-buttons');
        if (buttons) {
            buttons.prepend(link);
        }
    }

    // --- Listing captions: a link to the listing, and how to run it -------------------------
    function decorateListings() {
        document.querySelectorAll('figure.listing, figure.exercise, figure.solution').forEach(figure => {
            const number = figure.querySelector('.listing-number');
            if (number && figure.id && !number.querySelector('a')) {
                const anchor = document.createElement('a');
                anchor.href = '#' + figure.id;
                anchor.textContent = number.textContent;
                number.textContent = '';
                number.append(anchor);
            }
            const file = figure.querySelector('.listing-file');
            const crate = file && file.textContent.match(/^listings\/[^/]+\/([^/]+)\//);
            if (!crate || figure.querySelector('.listing-run')) {
                return;
            }
            const run = document.createElement('span');
            run.className = 'listing-run';
            const code = figure.querySelector('pre code');
            if (code && code.classList.contains('compile_fail')) {
                run.textContent = t('这段代码无法编译：编译器的输出见下方', 'This code does not compile: the compiler\'s output follows');
            } else {
                run.append(t('运行：', 'Run: '));
                const command = document.createElement('code');
                command.textContent = 'cargo run -p ' + crate[1];
                run.append(command);
            }
            figure.querySelector('figcaption').append(run);
        });
    }

    // --- Print: one language at a time ------------------------------------------------------
    // print.html puts the chapters one after another, in SUMMARY order, each after a page-break
    // <div>. The first is the bilingual landing page; a chapter whose title has Chinese
    // characters is a 中文 chapter, any other an English one.
    function printedChapters(main) {
        const chapters = [{ elements: [] }];
        Array.from(main.children).forEach(element => {
            if (element.matches('div[style*="break-before"]')) {
                chapters.push({ elements: [] });
            }
            chapters[chapters.length - 1].elements.push(element);
        });
        chapters.forEach((chapter, index) => {
            chapter.title = chapter.elements.find(element => element.matches('h1'));
            chapter.landing = index === 0;
            chapter.lang = chapter.title && /[\u3400-\u9fff]/.test(chapter.title.textContent) ? 'zh' : 'en';
        });
        return chapters;
    }

    // The first page of a printed language: the title, and the contents linking to each chapter.
    function titlePage(wanted, chapters) {
        const page = document.createElement('header');
        page.className = 'title-page';
        const title = document.createElement('p');
        title.className = 'title-page-title';
        title.textContent = LANGUAGES[wanted].title;
        const subtitle = document.createElement('p');
        subtitle.className = 'title-page-subtitle';
        subtitle.textContent = LANGUAGES[wanted].subtitle;
        const contents = document.createElement('nav');
        contents.className = 'title-page-contents';
        const heading = document.createElement('p');
        heading.textContent = LANGUAGES[wanted].contents;
        const list = document.createElement('ol');
        chapters.forEach(chapter => {
            const item = document.createElement('li');
            const link = document.createElement('a');
            link.href = '#' + chapter.title.id;
            link.textContent = chapter.title.textContent;
            item.append(link);
            list.append(item);
        });
        contents.append(heading, list);
        page.append(title, subtitle, contents);
        return page;
    }

    function openSolutions() {
        document.querySelectorAll('details').forEach(details => { details.open = true; });
    }

    function printOneLanguage() {
        const printLink = document.querySelector('a[href$="print.html"]');
        if (printLink && lang) {
            printLink.href = printLink.getAttribute('href') + '?lang=' + lang;
        }
        // Whatever page is printed, folded solutions are printed unfolded.
        window.addEventListener('beforeprint', openSolutions);
        const main = document.querySelector('main');
        if (!/\/print\.html$/.test(location.pathname) || !main) {
            return;
        }
        const chapters = printedChapters(main);
        chapters.filter(chapter => !chapter.landing && chapter.lang === 'zh').forEach(chapter => {
            chapter.elements.forEach(element => { element.lang = LANGUAGES.zh.html; });
        });
        const wanted = new URLSearchParams(location.search).get('lang');
        if (!LANGUAGES[wanted]) {
            return; // The whole book, both languages, only when asked for without ?lang=.
        }
        document.documentElement.lang = LANGUAGES[wanted].html;
        document.title = LANGUAGES[wanted].title; // and so the PDF's title
        chapters.forEach(chapter => {
            if (chapter.landing || chapter.lang !== wanted) {
                chapter.elements.forEach(element => { element.hidden = true; });
            }
        });
        const shown = chapters.filter(chapter => !chapter.landing && chapter.lang === wanted);
        main.prepend(titlePage(wanted, shown));
        openSolutions();
    }

    // --- Chinese text outside the Chinese pages ---------------------------------------------
    // On an English page, Chinese words (the glossary's terms, the language switch, the landing
    // page) are marked lang="zh-CN", so that the browser sets them in a Simplified Chinese font,
    // not the Japanese one it picks for CJK text in an English page.
    const CHINESE_RUN = /[\u2e80-\u2fff\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;

    function markChinese() {
        if (document.documentElement.lang === LANGUAGES.zh.html) {
            return;
        }
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
            acceptNode(node) {
                if (node.nodeType === Node.ELEMENT_NODE) {
                    const skip = node.hidden || node.lang || node.matches('script, style, textarea');
                    return skip ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
                }
                CHINESE_RUN.lastIndex = 0;
                return CHINESE_RUN.test(node.data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
            },
        });
        const texts = [];
        while (walker.nextNode()) {
            texts.push(walker.currentNode);
        }
        texts.forEach(text => {
            const parts = [];
            let last = 0;
            for (const match of text.data.matchAll(CHINESE_RUN)) {
                parts.push(text.data.slice(last, match.index));
                const span = document.createElement('span');
                span.lang = LANGUAGES.zh.html;
                span.textContent = match[0];
                parts.push(span);
                last = match.index + match[0].length;
            }
            parts.push(text.data.slice(last));
            text.replaceWith(...parts.filter(part => part !== ''));
        });
    }

    // --- The PDFs, offered on the landing page once they are built --------------------------
    // `cargo run --example pdf` writes pdf/downloads.js beside the PDFs, listing them; the
    // placeholder in src/pdf/ lists none. So a link to a PDF appears only when the PDF is there,
    // and `mdbook serve` (which never has them) shows how to build them instead: no 404.
    function offerPdfs() {
        const place = document.getElementById('pdf-downloads');
        if (lang || !place) {
            return;
        }
        const script = document.createElement('script');
        script.src = root + 'pdf/downloads.js';
        script.addEventListener('load', () => {
            const pdfs = window.bookPdfs || [];
            if (pdfs.length === 0) {
                return;
            }
            const line = document.createElement('p');
            line.append('PDF: ');
            pdfs.forEach((pdf, index) => {
                const link = document.createElement('a');
                link.href = root + 'pdf/' + pdf.file;
                link.hreflang = LANGUAGES[pdf.lang].html;
                link.lang = LANGUAGES[pdf.lang].html;
                link.textContent = LANGUAGES[pdf.lang].name;
                const size = ' (' + (pdf.bytes / 1e6).toFixed(1) + ' MB)';
                line.append(...(index > 0 ? [' · '] : []), link, size);
            });
            place.replaceChildren(line);
        });
        document.head.append(script);
    }

    // --- Search that finds Chinese words ----------------------------------------------------
    // mdBook's index (searchindex.js) keeps every section's text in its document store. When
    // mdBook renders results, they are replaced with ours: substring matches (so 互斥锁 is
    // found inside a sentence), headings weighted above body text, this language's pages first.
    function searchTerms(query) {
        const terms = [];
        query.toLowerCase().split(/\s+/).forEach(word => {
            if (word) {
                terms.push(word);
            }
        });
        return terms;
    }

    function count(haystack, needle) {
        let found = 0;
        let at = haystack.indexOf(needle);
        while (at !== -1) {
            found += 1;
            at = haystack.indexOf(needle, at + needle.length);
        }
        return found;
    }

    function rank(query) {
        const store = window.search && window.search.index && window.search.index.documentStore;
        if (!store) {
            return [];
        }
        const terms = searchTerms(query);
        const phrase = terms.join(' ');
        const results = [];
        Object.keys(store.docs).forEach(ref => {
            const doc = store.docs[ref];
            const title = (doc.title || '').toLowerCase();
            const body = (doc.body || '').toLowerCase();
            let score = 0;
            for (const term of terms) {
                const inTitle = count(title, term);
                const inBody = count(body, term);
                if (inTitle + inBody === 0) {
                    return; // every term must occur
                }
                score += 10 * inTitle + inBody;
            }
            if (terms.length > 1) {
                score += 10 * count(title, phrase) + 5 * count(body, phrase);
            }
            const url = window.search.doc_urls[ref];
            const docLang = (url.match(/^(zh|en)\//) || [])[1] || null;
            results.push({ ref, doc, url, score, docLang, same: docLang === lang ? 1 : 0 });
        });
        results.sort((a, b) => b.same - a.same || b.score - a.score || a.ref - b.ref);
        return results;
    }

    function escapeHtml(text) {
        return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' })[c]);
    }

    function teaser(body, terms) {
        const lower = body.toLowerCase();
        const first = Math.min(...terms.map(term => {
            const at = lower.indexOf(term);
            return at === -1 ? Infinity : at;
        }));
        const start = Math.max(0, (first === Infinity ? 0 : first) - 40);
        let text = escapeHtml(body.slice(start, start + 160));
        for (const term of terms) {
            const pattern = new RegExp(escapeHtml(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
            text = text.replace(pattern, match => '<em>' + match + '</em>');
        }
        return (start > 0 ? '… ' : '') + text + ' …';
    }

    function renderResults() {
        const bar = document.getElementById('mdbook-searchbar');
        const list = document.getElementById('mdbook-searchresults');
        const header = document.getElementById('mdbook-searchresults-header');
        const query = bar ? bar.value.trim() : '';
        const loaded = window.search && window.search.index && window.search.doc_urls;
        if (!list || !query || !loaded) {
            return;
        }
        // Our own rendering also triggers the observer: leave our results alone.
        const ours = list.firstElementChild && list.firstElementChild.dataset.query === query;
        if (ours || (list.dataset.query === query && list.children.length === 0)) {
            return;
        }
        const limit = (window.search.results_options || {}).limit_results || 30;
        const results = rank(query).slice(0, limit);
        const terms = searchTerms(query);
        list.dataset.query = query;
        header.innerText = results.length === 0
            ? t('没有找到“' + query + '”', 'No search results for \'' + query + '\'.')
            : t('“' + query + '”的搜索结果：' + results.length + ' 条', results.length + ' search results for \'' + query + '\':');
        list.replaceChildren(...results.map(result => {
            const [page, anchor] = result.url.split('#');
            const item = document.createElement('li');
            item.dataset.query = query;
            if (result.docLang) {
                item.lang = LANGUAGES[result.docLang].html;
            }
            const highlight = encodeURIComponent(terms.join(' ')).replace(/'/g, '%27');
            item.innerHTML = '<a href="' + root + page + '?highlight=' + highlight + '#' + (anchor || '') + '">'
                + result.doc.breadcrumbs + '</a><span class="teaser">' + teaser(result.doc.body || '', terms) + '</span>';
            return item;
        }));
        document.getElementById('mdbook-searchresults-outer').classList.remove('hidden');
    }

    function improveSearch() {
        const list = document.getElementById('mdbook-searchresults');
        const bar = document.getElementById('mdbook-searchbar');
        if (!list || !bar) {
            return;
        }
        // Whenever mdBook (re)writes its results, write ours instead.
        new MutationObserver(renderResults).observe(list, { childList: true });
        // mdBook shows nothing for a query it finds nothing for, so also render on input.
        bar.addEventListener('keyup', () => setTimeout(renderResults, 0));
        bar.placeholder = t('搜索本书……', 'Search this book ...');
    }

    filterSidebar();
    stayInLanguage();
    addLanguageSwitch();
    decorateListings();
    printOneLanguage();
    markChinese();
    offerPdfs();
    improveSearch();
})();
