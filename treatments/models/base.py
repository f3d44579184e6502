"""What the treatment content shares: being published and ordered, and how a price reads.

PublicContent is the abstract base of every row with a public page or list (modalities,
conditions, comparisons, practitioners, services, locations). format_price lives here because
both a modality ("From £35") and a service show prices.
"""

from decimal import Decimal

from django.conf import settings
from django.db import models


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class PublicContent(models.Model):
    """Content with its own public page: shown only when published, listed in display order."""

    is_published = models.BooleanField("published", default=True)
    display_order = models.PositiveSmallIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        abstract = True


CURRENCY_SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$", "AUD": "A$", "CAD": "C$", "NZD": "NZ$"}


def format_price(amount: Decimal) -> str:
    """£60, or £62.50; a currency without a known symbol shows its code: CHF 60."""
    code = settings.CLINIC_CURRENCY
    number = f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"
    symbol = CURRENCY_SYMBOLS.get(code)
    return f"{symbol}{number}" if symbol else f"{code} {number}"
