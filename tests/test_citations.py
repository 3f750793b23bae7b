"""Source-list entries in the citation styles of news, policy and academic writing."""

import pytest

from analystkit.citations import SourceFields, parse_source_entry


@pytest.mark.parametrize(("entry", "expected"), [
    # APA with a bare DOI: the DOI becomes the URL, the journal the outlet.
    ("Smith, J. (2020). Title of the paper on water. Journal of Hydrology, 12(3), 45–67. "
     "doi:10.1111/abc.123",
     SourceFields("Journal of Hydrology", "Title of the paper on water",
                  "https://doi.org/10.1111/abc.123")),
    # Vancouver, with and without a DOI link.
    ("Smith J, Lee A. Title of the paper on water. Lancet. 2020;395:45-67. "
     "https://doi.org/10.1016/S0140-6736(20)30183-5",
     SourceFields("Lancet", "Title of the paper on water",
                  "https://doi.org/10.1016/S0140-6736(20)30183-5")),
    ("Smith J, Lee AB, Park C, et al. Title of the paper on water. Lancet. 2020;395:45-67.",
     SourceFields("Lancet", "Title of the paper on water", None)),
    ("Trewick SA, Morgan-Richards M. 2014. New Zealand Wild Life. Penguin, New Zealand.",
     SourceFields("Penguin", "New Zealand Wild Life", None)),
    # Harvard, title in single quotes (an apostrophe inside it stays).
    ("Lee, A. and Kim, B. (2019) 'Irrigation in the valley', Water Policy, 21(2), pp. 1-20. "
     "DOI: 10.2166/wp.2019.001",
     SourceFields("Water Policy", "Irrigation in the valley", "https://doi.org/10.2166/wp.2019.001")),
    ("Lee, A. (2019) ‘Irrigation in the valley’s farms’, Water Policy, 21(2), pp. 1-20.",
     SourceFields("Water Policy", "Irrigation in the valley’s farms", None)),
    # News styles keep working.
    ("Reuters: Russia to hire workers", SourceFields("Reuters", "Russia to hire workers", None)),
    ("Parlet B. N. The symmetric eigenvalue problem, SIAM, 1998",
     SourceFields(None, "Parlet B. N. The symmetric eigenvalue problem, SIAM, 1998", None)),
])
def test_citation_styles(entry, expected):
    assert parse_source_entry(entry) == expected
