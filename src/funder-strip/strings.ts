import type { Translations } from '../i18n/strings.js';
import type { FunderKind } from './funders.js';

export interface FunderStripStrings {
  /** The accessible name of the list of funders. */
  listLabel: string;
  empty: string;
  /** The statement beside the emblem for 2021–2027 (Regulation (EU) 2021/1060, Annex IX). */
  coFundedByTheEu: string;
  /** The reference to the Union beside the emblem for 2014–2020, spelled out in full (Reg. 821/2014, Art. 4(4)). */
  europeanUnion: string;
  /** The accessible name of the list of EU funds under the statement. */
  fundsLabel: string;
  /** A link to the funder that channels an EU fund: "via Tillväxtverket". */
  via: string;
  /** The link to a funder's site when its name is the fund's name. */
  website: string;
  /** Group headings, by kind of funder. */
  kinds: Record<FunderKind, string>;
  /** Read before a share by screen readers: "share of the total". */
  shareOfTotal: string;
  total: string;
}

export const funderStripStrings: Translations<FunderStripStrings> = {
  sv: {
    listLabel: 'Finansiärer',
    empty: 'Det finns inga finansiärer att visa.',
    coFundedByTheEu: 'Medfinansieras av Europeiska unionen',
    europeanUnion: 'Europeiska unionen',
    fundsLabel: 'EU-fonder',
    via: 'via',
    website: 'Webbplats',
    kinds: {
      eu: 'EU-finansiering',
      national: 'Nationella finansiärer',
      regional: 'Regionala finansiärer',
      municipal: 'Kommunala finansiärer',
      private: 'Privata finansiärer',
      academic: 'Akademi',
    },
    shareOfTotal: 'andel av totalen',
    total: 'Totalt',
  },
  en: {
    listLabel: 'Funders',
    empty: 'There are no funders to show.',
    coFundedByTheEu: 'Co-funded by the European Union',
    europeanUnion: 'European Union',
    fundsLabel: 'EU funds',
    via: 'via',
    website: 'Website',
    kinds: {
      eu: 'EU funding',
      national: 'National funders',
      regional: 'Regional funders',
      municipal: 'Municipal funders',
      private: 'Private funders',
      academic: 'Academia',
    },
    shareOfTotal: 'share of the total',
    total: 'Total',
  },
};
