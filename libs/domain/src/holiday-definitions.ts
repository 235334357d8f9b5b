/** Position of a holiday in the year, before any move to Monday. */
export type HolidayAnchor =
  | { readonly anchor: 'calendar'; readonly month: number; readonly day: number }
  | { readonly anchor: 'easter'; readonly offsetDays: number };

/** One public holiday as the law defines it, valid from `firstYear` to `lastYear` inclusive. */
export interface HolidayDefinition {
  readonly id: string;
  /** Spanish name, as calendars in Colombia print it. */
  readonly name: string;
  readonly date: HolidayAnchor;
  /** Moved to the following Monday when the date is not a Monday (Ley 51 de 1983, art. 1). */
  readonly movedToMonday: boolean;
  readonly firstYear: number;
  /** Last year of validity, or null while the law is in force. */
  readonly lastYear: number | null;
  readonly legalSource: string;
}

// Ley 51 de 1983 (6 December 1983) amended article 177 of the Código Sustantivo del Trabajo and
// introduced the move to Monday. Its calendar governs from 1984.
const LEY_51_FIRST_YEAR = 1984;
const LEY_51 = 'Ley 51 de 1983, art. 1 (Código Sustantivo del Trabajo, art. 177)';

function fixed(id: string, name: string, month: number, day: number): HolidayDefinition {
  return { id, name, date: { anchor: 'calendar', month, day }, movedToMonday: false, firstYear: LEY_51_FIRST_YEAR, lastYear: null, legalSource: LEY_51 };
}

function movedToMonday(id: string, name: string, month: number, day: number): HolidayDefinition {
  return { id, name, date: { anchor: 'calendar', month, day }, movedToMonday: true, firstYear: LEY_51_FIRST_YEAR, lastYear: null, legalSource: LEY_51 };
}

function easterBased(id: string, name: string, offsetDays: number, moved: boolean): HolidayDefinition {
  return { id, name, date: { anchor: 'easter', offsetDays }, movedToMonday: moved, firstYear: LEY_51_FIRST_YEAR, lastYear: null, legalSource: LEY_51 };
}

/**
 * Colombian national public holidays: eighteen a year until 2025, nineteen from 2026. Easter
 * Sunday is not listed because it is a Sunday, not a public holiday of its own.
 */
export const COLOMBIAN_HOLIDAY_DEFINITIONS: readonly HolidayDefinition[] = [
  fixed('new_year', 'Año Nuevo', 1, 1),
  movedToMonday('epiphany', 'Día de los Reyes Magos', 1, 6),
  movedToMonday('saint_joseph', 'Día de San José', 3, 19),
  easterBased('holy_thursday', 'Jueves Santo', -3, false),
  easterBased('good_friday', 'Viernes Santo', -2, false),
  fixed('labour_day', 'Día del Trabajo', 5, 1),
  easterBased('ascension', 'Ascensión del Señor', 39, true),
  easterBased('corpus_christi', 'Corpus Christi', 60, true),
  easterBased('sacred_heart', 'Sagrado Corazón de Jesús', 68, true),
  movedToMonday('saints_peter_and_paul', 'San Pedro y San Pablo', 6, 29),
  {
    id: 'our_lady_of_chiquinquira',
    name: 'Nuestra Señora del Rosario de Chiquinquirá',
    date: { anchor: 'calendar', month: 7, day: 9 },
    movedToMonday: true,
    firstYear: 2026,
    lastYear: null,
    legalSource: 'Ley 2578 de 2026 (1 June 2026), moved to Monday as Ley 51 de 1983, art. 1 provides',
  },
  fixed('independence_day', 'Día de la Independencia', 7, 20),
  fixed('battle_of_boyaca', 'Batalla de Boyacá', 8, 7),
  movedToMonday('assumption', 'Asunción de la Virgen', 8, 15),
  movedToMonday('columbus_day', 'Día de la Raza', 10, 12),
  movedToMonday('all_saints', 'Día de Todos los Santos', 11, 1),
  movedToMonday('independence_of_cartagena', 'Independencia de Cartagena', 11, 11),
  fixed('immaculate_conception', 'Inmaculada Concepción', 12, 8),
  fixed('christmas', 'Navidad', 12, 25),
];
