/**
 * Fictional contacts for stories and tests: example.org addresses and numbers from the range
 * Sweden reserves for fiction (070-174 06 05 … 070-174 06 99).
 */
export const anna = {
  id: 'anna',
  name: 'Anna Exempelsson',
  role: { sv: 'Projektledare', en: 'Project manager' },
  organisation: 'Luleå Näringsliv AB',
  email: 'anna.exempelsson@example.org',
  phone: '070-174 06 05',
};

export const erik = { id: 'erik', name: 'Erik Testström', role: { sv: 'Koordinator', en: 'Coordinator' } };
