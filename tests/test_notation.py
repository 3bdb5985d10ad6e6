"""Science notation as the text tools print it: a formula's subscripts, a power's or an
ion's superscript, an equation on a line of its own; each read as a browser shows it."""

from __future__ import annotations

import textwrap

import newsparse
from test_galleries_and_tickers import INFO, KICKER
from test_rich_bodies import BODY, LEAD, TITLE, page

FORMULAS = "The reactor turns CO2 and H2 into methanol (CH3OH) over Cu/ZnO/Al2O3, as K+ ions do."
POWERS = "It finds the marker at 10-12 mol/L, and its grains measure 1 nm = 10-9 m."


def _body(*lines: str) -> tuple[str, ...]:
    return newsparse.parse_text(page(INFO, KICKER, TITLE, LEAD, *lines, BODY)).body


def _wrapped_body(wrapped: str) -> tuple[str, ...]:
    """The body of a capture wrapped at 80 columns, as w3m wraps one."""
    lead, body = (textwrap.fill(text, 80) for text in (LEAD, BODY))
    return newsparse.parse_text(page(INFO, KICKER, TITLE, lead, wrapped, body)).body


def test_a_formulas_subscripts_are_its_digits_whichever_tool_marked_them() -> None:
    printed = {
        "w3m": (
            "The reactor turns CO[2] and H[2] into methanol (CH[3]OH) over Cu/ZnO/Al[2]O[3], "
            "as K^+ ions do."
        ),
        "links": (
            "The reactor turns CO_2 and H_2 into methanol (CH_3OH) over Cu/ZnO/Al_2O_3, "
            "as K^+ ions do."
        ),
    }
    for tool, text in printed.items():
        assert _body(text) == (LEAD, FORMULAS, BODY), tool


def test_a_subscript_w3m_wrapped_before_its_bracket_is_the_formulas() -> None:
    wrapped = (
        "The pilot reactor at the cement plant in Isfahan turns the captured CO[2] and H\n"
        "[2] into methanol (CH[3]OH) over a copper and zinc catalyst on Cu/ZnO/Al[2]O\n"
        "[3], as K^+ ions do."
    )
    read = (
        "The pilot reactor at the cement plant in Isfahan turns the captured CO2 and H2 into "
        "methanol (CH3OH) over a copper and zinc catalyst on Cu/ZnO/Al2O3, as K+ ions do."
    )
    assert _wrapped_body(wrapped) == (LEAD, read, BODY)


def test_a_footnotes_mark_after_a_word_or_a_name_stays() -> None:
    # Neither `sun` nor `NASA` is a formula of elements' symbols.
    cited = "The cell kept 19.7 percent under one sun[2], as NASA[3] measured it."
    assert _body(cited) == (LEAD, cited, BODY)


def test_a_powers_and_a_charges_caret_is_the_tools() -> None:
    assert _body("It finds the marker at 10^-12 mol/L, and its grains measure 1 nm = 10^-9 m.") == (
        LEAD,
        POWERS,
        BODY,
    )


def test_an_equation_set_apart_stays_apart_from_the_text_going_on_under_it() -> None:
    # The line above it ends on `as`, no caption's end: the sentence goes on in the equation.
    above = (
        "The strip carries gold particles coated with an antibody. A phone camera reads "
        "the shift, and the limit of detection is computed as"
    )
    under = "where S is the slope of the calibration line, measured on 180 samples."
    assert _body(above, "LOD = 3σ / S", under) == (LEAD, above, "LOD = 3σ / S", under, BODY)


def test_a_line_w3m_wrapped_after_an_opening_bracket_joins_with_no_space() -> None:
    wrapped = (
        "The team at the institute raised the activity of a drought gene in bread wheat (\n"
        "Triticum aestivum), and the edited plants kept most of their normal grain yield."
    )
    assert _wrapped_body(wrapped) == (LEAD, wrapped.replace("\n", ""), BODY)


def test_pandocs_small_figures_are_the_marks_but_a_keys_own_stay() -> None:
    # pandoc sets its list items after `-   `; `²` is a key of its own, which a page may type
    # (`m²`): pandoc's `m²` of `m<sup>2</sup>` cannot be told from it.
    printed = "The reactor turns CO₂ and H₂ into methanol (CH₃OH) over Cu/ZnO/Al₂O₃, as K⁺ ions do."
    assert _body(printed, "-   It finds the marker at 10⁻¹² mol/L over 2 m².") == (
        LEAD,
        FORMULAS,
        "It finds the marker at 10-12 mol/L over 2 m².",
        BODY,
    )


def test_small_figures_another_tool_prints_are_the_pages_own() -> None:
    # Only pandoc prints a `<sup>` or a `<sub>` so: in w3m's capture the page typed them.
    assert _body("The clock holds 3 × 10⁻¹¹ over a second.") == (
        LEAD,
        "The clock holds 3 × 10⁻¹¹ over a second.",
        BODY,
    )


def test_a_variables_index_is_its_letter_whichever_tool_marked_it() -> None:
    read = "The score is S = (1/N) Σ ci over the residues, for i = 1 … N."
    for marked in ("c[i]", "c_i", "c_(i)"):
        assert _body(read.replace("ci", marked)) == (LEAD, read, BODY), marked


def test_an_isotopes_mass_and_a_quantitys_label_are_a_browsers() -> None:
    read = (
        "Lutetium (177Lu) made from 176Lu2O3 at 5 × 1013 n cm-2 s-1 gives 99mTc with Emax and λmax."
    )
    printed = {
        "w3m": "Lutetium (^177Lu) made from ^176Lu[2]O[3] at 5 × 10^13 n cm^-2 s^-1 gives ^99mTc"
        " with E[max] and λ[max].",
        "links": "Lutetium (^177Lu) made from ^176Lu_2O_3 at 5 × 10^13 n cm^-2 s^-1 gives ^99mTc"
        " with E_max and λ_max.",
        "pandoc": "-   Lutetium (¹⁷⁷Lu) made from ¹⁷⁶Lu₂O₃ at 5 × 10¹³ n cm⁻² s⁻¹ gives ^(99m)Tc"
        " with E_(max) and λ_(max).",
    }
    for tool, text in printed.items():
        assert _body(text) == (LEAD, read, BODY), tool


def test_a_subscript_lynx_ran_into_the_next_word_is_the_formulas() -> None:
    # lynx dropped the space after a `<sub>`: the link numbers it strips are no formula's.
    assert _body("The stack releases 1.2 million tonnes of CO[2]a year.") == (
        LEAD,
        "The stack releases 1.2 million tonnes of CO2a year.",
        BODY,
    )


def test_a_footnotes_mark_w3m_wrapped_onto_a_line_of_its_own_goes_with_its_word() -> None:
    wrapped = (
        "Mentors are paid a modest fee by the foundation, and those whose fellows finish\n"
        "the programme with a product, a patent or a measurable saving are invited to a\n"
        "yearly meeting at the foundation's offices in Tehran, where they share what worked.\n"
        "^[1]"
    )
    read = " ".join(wrapped.replace("\n^", "").split())
    assert _wrapped_body(wrapped) == (LEAD, read, BODY)


def test_a_footnote_mark_in_two_brackets_is_the_pages_bracketed_one() -> None:
    # `plants<sup>(*)</sup>`: pandoc prints `^((*))`; its `^(*)` is a `<sup>*</sup>`.
    read = "The plan is financed through grants for pilot plants(*) and loans."
    printed = "The plan is financed through grants for pilot plants^((*)) and loans."
    assert _body(printed) == (LEAD, read, BODY)
    starred = "The plan is financed through grants for pilot plants^(*) and loans."
    assert _body(starred) == (LEAD, starred.replace("^(*)", "*"), BODY)
