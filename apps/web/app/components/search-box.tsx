import { formatNumber } from '@bazaarche/i18n';
import { Form, useLocation, useNavigate, useSearchParams } from '@remix-run/react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useLocale, useT } from '../i18n/use-t.ts';
import { moveActive, suggestQuery } from '../lib/combobox.ts';
import { suggestionsOf, type Suggestion } from '../lib/suggestion.ts';
import { useHydrated } from '../lib/use-hydrated.ts';

const debounceMs = 150;

export function SearchBox() {
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  // On the results page the box shows what was searched for; elsewhere it starts empty.
  const query = pathname === '/search' ? (searchParams.get('q') ?? '') : '';
  // Keyed by the query so the box follows back/forward navigation between searches.
  return <SearchCombobox key={query} initialQuery={query} />;
}

/**
 * The header's search form. Without scripts it is a plain GET form to /search; with them it is an
 * ARIA combobox whose listbox suggests listings as you type (arrow keys to move, Enter to open
 * one, Escape to close), while Enter with nothing chosen still sends the search.
 */
function SearchCombobox({ initialQuery }: { initialQuery: string }) {
  const t = useT();
  const locale = useLocale();
  const navigate = useNavigate();
  const hydrated = useHydrated();
  const listboxId = useId();
  const [value, setValue] = useState(initialQuery);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const cache = useRef(new Map<string, Suggestion[]>());
  const input = useRef<HTMLInputElement>(null);
  // Only typing asks for suggestions: the text a page arrives with is not a question yet.
  const [typed, setTyped] = useState(false);

  // Words typed before the page came alive are in the box but not yet in the state; keep them.
  useEffect(() => {
    const typedEarly = input.current?.value;
    if (typedEarly !== undefined && typedEarly !== initialQuery) setValue(typedEarly);
  }, [initialQuery]);

  useEffect(() => {
    if (!typed) return;
    const q = suggestQuery(value);
    if (q === null) {
      setSuggestions([]);
      return;
    }
    const known = cache.current.get(q);
    if (known) {
      show(known);
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/search/suggest?${new URLSearchParams({ q })}`, { signal: abort.signal, headers: { accept: 'application/json' } });
        const items = response.ok ? suggestionsOf(await response.json()) : [];
        if (response.ok) cache.current.set(q, items);
        show(items);
      } catch {
        // Aborted because the text changed, or the network failed: either way there is nothing to show.
      }
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [value, typed]);

  function show(items: Suggestion[]) {
    setSuggestions(items);
    setActive(-1);
    setOpen(items.length > 0);
  }

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function choose(suggestion: Suggestion) {
    close();
    navigate(`/listings/${suggestion.id}`);
  }

  const expanded = open && suggestions.length > 0;
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (suggestions.length === 0) return;
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(event.key === 'ArrowDown' ? 0 : suggestions.length - 1);
        } else {
          setActive(moveActive(active, suggestions.length, event.key === 'ArrowDown' ? 'next' : 'previous'));
        }
        return;
      }
      case 'Enter': {
        const chosen = expanded ? suggestions[active] : undefined;
        if (chosen) {
          event.preventDefault();
          choose(chosen);
        }
        // With nothing chosen the form is sent as it is.
        return;
      }
      case 'Escape':
        if (expanded) {
          // Otherwise a search box clears its text on Escape; here the first Escape only closes the list.
          event.preventDefault();
          close();
        }
        return;
    }
  }

  return (
    <Form
      method="get"
      action="/search"
      role="search"
      className="search-box"
      onSubmit={() => {
        // A suggestion still on its way must not open the list over the results.
        setTyped(false);
        close();
      }}
    >
      <label htmlFor="site-search" className="visually-hidden">
        {t('header.searchLabel')}
      </label>
      <div className="search-box-field">
        <input
          ref={input}
          id="site-search"
          type="search"
          name="q"
          value={value}
          placeholder={t('header.searchPlaceholder')}
          autoComplete="off"
          onChange={(event) => {
            setValue(event.target.value);
            setTyped(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
          onFocus={() => setOpen(suggestions.length > 0)}
          // The combobox roles only mean something once scripts can drive the list.
          {...(hydrated
            ? {
                role: 'combobox',
                'aria-autocomplete': 'list',
                'aria-expanded': expanded,
                'aria-controls': listboxId,
                'aria-activedescendant': expanded && active >= 0 ? optionId(active) : undefined,
              }
            : {})}
        />
        {hydrated ? (
          <ul id={listboxId} role="listbox" aria-label={t('header.suggestions')} className="search-suggestions" hidden={!expanded}>
            {suggestions.map((suggestion, index) => (
              <li
                key={suggestion.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                lang={suggestion.lang}
                dir={suggestion.lang === 'fa' ? 'rtl' : 'ltr'}
                className="search-suggestion"
                // Keeps the focus in the box, so the list is not closed by the box's blur before the click lands.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(suggestion)}
              >
                {suggestion.title}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <button type="submit">{t('header.searchSubmit')}</button>
      {hydrated ? (
        <p className="visually-hidden" aria-live="polite">
          {expanded ? t('header.suggestionsCount', { count: formatNumber(suggestions.length, locale) }) : ''}
        </p>
      ) : null}
    </Form>
  );
}
