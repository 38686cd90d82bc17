import type { Address, Locale, LocalizedName } from './input.generated.js';

/**
 * Names that may be written per language (`controller.legalName`, an address's street and city):
 * a plain string is the same in every language.
 */

/** The name in one language. `localized-name` reports a map without a language of the statement; should one get here, its first name stands. */
export function nameIn(name: LocalizedName, locale: Locale): string {
  if (typeof name === 'string') return name;
  return name[locale] ?? Object.values(name).find((n) => n !== undefined) ?? '';
}

/** Every way the name is written, without repeats: for checks that must recognise it in any language. */
export function allNames(name: LocalizedName | undefined): string[] {
  if (name === undefined) return [];
  return typeof name === 'string' ? [name] : [...new Set(Object.values(name).filter((n): n is string => n !== undefined))];
}

/** An address on one line, in one language: "Regentlaan 1, 1000 Brussel". */
export function addressLine(address: Address, locale: Locale): string {
  return `${nameIn(address.street, locale)}, ${address.postalCode} ${nameIn(address.city, locale)}`;
}
