"""Admin list pages that stay fast on deep pages of a large table."""

from __future__ import annotations

from django.core.paginator import Paginator


class IdsFirstPaginator(Paginator):
    """A page read in two steps: first its ids alone, which the index of the list's ordering holds, so
    a deep OFFSET steps over index entries instead of whole rows; then just those rows, in that order.

    At 100k statements page 2,176 of the review queue took 458 ms in one step (SQLite reads every
    skipped row from the table)."""

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        ids = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        rows = {row.pk: row for row in self.object_list.filter(pk__in=ids)}
        return self._get_page([rows[pk] for pk in ids if pk in rows], number, self)
