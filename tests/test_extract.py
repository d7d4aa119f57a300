"""Field extraction: LinkedIn URLs, money, names, companies, needs, skills, in five languages."""

from __future__ import annotations

import pytest

from mailbot.classify.extract import (
    extract_applicant,
    extract_client,
    find_need,
    find_roles,
    find_skills,
    forwarded_sender,
    normalize_linkedin,
    parse_money,
    referral_from_text,
)
from mailbot.classify.features import (
    model_text,
    normalise_for_model,
    readable_model_text,
    strip_subject_prefixes,
)
from mailbot.models import Address, Attachment, ParsedMessage, SafetyVerdict


def message(
    new_text: str,
    *,
    subject: str = "Re: My Fractional CTO career is a roller coaster",
    sender: Address | None = None,
    signature: str = "",
    quoted: str = "",
    attachments: tuple[Attachment, ...] = (),
    headers: tuple[tuple[str, str], ...] = (),
) -> ParsedMessage:
    sender = sender or Address("Ana Costa", "ana@example.org")
    return ParsedMessage(
        message_id="<t@example.org>",
        subject=subject,
        from_addr=sender,
        sender=None,
        reply_to=(),
        to=(Address("Sergio", "sergio@example.com"),),
        cc=(),
        date=None,
        in_reply_to=None,
        references=(),
        headers=headers,
        body_text=f"{new_text}\n{signature}\n{quoted}",
        new_text=new_text,
        quoted_text=quoted,
        signature=signature,
        attachments=attachments,
    )


EXPECTED = "https://www.linkedin.com/in/ana-costa"


@pytest.mark.parametrize(
    "text",
    [
        "https://www.linkedin.com/in/ana-costa",
        "https://www.linkedin.com/in/ana-costa/",
        "http://linkedin.com/in/ana-costa",
        "linkedin.com/in/ana-costa",
        "www.linkedin.com/in/ana-costa/?originalSubdomain=pt",
        "https://pt.linkedin.com/in/ana-costa/",
        "https://br.linkedin.com/in/Ana-Costa?trk=profile",
        "My profile (linkedin.com/in/ana-costa).",
        "see <https://de.linkedin.com/in/ana-costa#about>",
        '<a href="https://www.linkedin.com/in/ana-costa/">LinkedIn</a>',
        "LinkedIn: linkedin.com/in/ana-costa, GitHub: github.com/anacosta",
    ],
)
def test_linkedin_variants_normalise_to_one_url(text: str) -> None:
    assert normalize_linkedin(text) == EXPECTED


def test_linkedin_absent_or_company_page() -> None:
    assert normalize_linkedin("I'm on LinkedIn, search my name") == ""
    assert normalize_linkedin("https://www.linkedin.com/company/acme") == ""


@pytest.mark.parametrize(
    ("text", "amount", "currency", "period"),
    [
        ("our budget is $8k/month", 8000, "USD", "month"),
        ("around $8,000 per month", 8000, "USD", "month"),
        ("€500/day", 500, "EUR", "day"),
        ("R$ 20 mil por mês", 20000, "BRL", "month"),
        ("50k EUR total", 50000, "EUR", "project"),
        ("budget of 10-15k", 10000, "", ""),
        ("8.000 € pro Monat", 8000, "EUR", "month"),
        ("£60k a year", 60000, "GBP", "year"),
        ("$150/hour", 150, "USD", "hour"),
        ("US$ 12.500 por mes", 12500, "USD", "month"),
        ("3000 euros par mois", 3000, "EUR", "month"),
        ("presupuesto de 5.5k al mes", 5500, "", "month"),
    ],
)
def test_budgets_are_normalised(text: str, amount: float, currency: str, period: str) -> None:
    budget = parse_money(text)
    assert budget is not None
    assert budget.amount == amount
    assert budget.currency == currency
    assert budget.period == period
    assert budget.verbatim in text


@pytest.mark.parametrize(
    "text", ["we were founded in 2019 and have 12 people", "call me at 5pm", "version 2.5"]
)
def test_numbers_that_are_not_money(text: str) -> None:
    assert parse_money(text) is None


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("We need a fractional CTO to lead our small tech team.", "fractional_cto"),
        ("Precisamos de um CTO fracionado para a nossa startup.", "fractional_cto"),
        ("Buscamos un CTO fraccional para liderar el equipo.", "fractional_cto"),
        ("Wir suchen einen Teilzeit-CTO für unser Startup.", "fractional_cto"),
        ("Nous cherchons un CTO à temps partiel.", "fractional_cto"),
        ("Can you build our MVP? Fixed scope, about 3 months.", "fixed_scope_project"),
        ("Queremos desenvolver um MVP com escopo fechado.", "fixed_scope_project"),
        ("We want to extend our team with two more engineers.", "team_extension"),
        ("Nous voulons renforcer notre équipe avec deux développeurs.", "team_extension"),
        ("Wir möchten unser Team erweitern.", "team_extension"),
        ("Could I pick your brain on our architecture? A second opinion would help.", "advice"),
        ("Me gustaría tu opinión y algunos consejos sobre nuestra arquitectura.", "advice"),
    ],
)
def test_needs_in_five_languages(text: str, need: str) -> None:
    assert find_need(text) == need


def test_skills_and_roles() -> None:
    skills = find_skills("Python, Django and AWS; some Node.js, React/TypeScript, k8s and Go.")
    assert set(skills) >= {"python", "django", "aws", "node", "react", "typescript", "kubernetes"}
    assert "go" in skills
    assert "go" not in find_skills("Go ahead and let me know. I will go there.")
    roles = find_roles("Senior backend engineer, also working as a fractional CTO and QA lead")
    assert {"backend", "engineer", "fractional_cto", "qa"} <= set(roles)


def test_referrals() -> None:
    assert referral_from_text("Maria Lopes referred me to you.") == "Maria Lopes"
    assert referral_from_text("I was referred by John Smith last week") == "John Smith"
    assert referral_from_text("Fui indicado pelo Carlos Souza.") == "Carlos Souza"
    assert referral_from_text("We found you through your newsletter") == ""


def test_applicant_fields_from_body_signature_and_cv() -> None:
    parsed = message(
        "Hi Sergio, I'm Ana Costa, a senior backend engineer (Python, Django, AWS) based in "
        "Lisbon. Profile: pt.linkedin.com/in/ana-costa/ and github.com/anacosta.",
        sender=Address("", "ana@example.org"),
        quoted="On Fri, 14 Mar 2025, Sergio Pereira wrote:\n"
        "> Simply reply with your CV/Linkedin and some context. React, Rust.",
        attachments=(
            Attachment("Ana_Costa_CV.pdf", "application/pdf", 1000, text="Ana Costa\nKubernetes"),
        ),
    )
    fields = extract_applicant(parsed, parsed.from_addr)
    assert fields.name == "Ana Costa"
    assert fields.email == "ana@example.org"
    assert fields.linkedin == EXPECTED
    assert fields.github == "https://github.com/anacosta"
    assert {"python", "django", "aws", "kubernetes"} <= set(fields.skills)
    assert "rust" not in fields.skills  # only in the quoted newsletter
    assert "backend" in fields.roles
    assert "fractional_cto" not in fields.roles  # only in the reply subject
    assert fields.has_cv_attachment and fields.cv_filename == "Ana_Costa_CV.pdf"
    assert fields.location == "Lisbon"
    assert fields.seniority == "senior"


def test_applicant_name_from_cv_when_display_name_missing() -> None:
    parsed = message(
        "see attached",
        sender=Address("", "jdoe@example.org"),
        attachments=(Attachment("resume.pdf", "application/pdf", 10, text="Jane Doe\nEngineer"),),
    )
    assert extract_applicant(parsed, parsed.from_addr).name == "Jane Doe"


def test_client_fields() -> None:
    parsed = message(
        "Hi Sergio, I'm the CEO of Acme Health, a seed-stage healthtech. Maria Lopes referred "
        "me. We need a fractional CTO; our stack is React and Node. Budget is $8k/month and "
        "we'd like to start within 2 weeks.",
        sender=Address("Joe Bloggs", "joe@acmehealth.io"),
    )
    fields = extract_client(parsed, parsed.from_addr)
    assert fields.company == "Acme Health"
    assert fields.contact_name == "Joe Bloggs"
    assert fields.contact_email == "joe@acmehealth.io"
    assert fields.need == "fractional_cto"
    assert fields.budget is not None and fields.budget.amount == 8000
    assert set(fields.stack) >= {"react", "node"}
    assert fields.industry == "healthtech"
    assert fields.stage == "seed"
    assert fields.referred_by == "Maria Lopes"
    assert fields.timeline == "within 2 weeks"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("We are Loopa, a fintech from Berlin.", "Loopa"),
        ("Sou fundadora da Verde Agro e precisamos de ajuda.", "Verde Agro"),
        ("Soy CEO en Datos Claros y buscamos un CTO.", "Datos Claros"),
        ("Ich bin Gründer von Blauwerk und wir suchen Hilfe.", "Blauwerk"),
        ("Je suis fondatrice de Pixel Santé.", "Pixel Santé"),
    ],
)
def test_company_phrases(text: str, company: str) -> None:
    parsed = message(text, sender=Address("X Y", "x@gmail.com"))
    assert extract_client(parsed, parsed.from_addr).company == company


def test_company_from_signature_and_domain() -> None:
    parsed = message(
        "We need help with our MVP.",
        sender=Address("Joe Bloggs", "joe@gmail.com"),
        signature="Joe Bloggs\nCEO | Northwind Labs\n+1 555 0100",
    )
    assert extract_client(parsed, parsed.from_addr).company == "Northwind Labs"
    plain = message("We need help with our MVP.", sender=Address("Joe", "joe@bright-path.com"))
    assert extract_client(plain, plain.from_addr).company == "Bright Path"


def test_model_text_excludes_quotes_and_marks_headers() -> None:
    parsed = message(
        "thanks!",
        subject="RE: AW: Fwd: hello",
        quoted="Em sex., 14 de mar., Sergio escreveu:\n> reply with your CV/Linkedin. clients",
        headers=(("auto-submitted", "auto-replied"), ("list-id", "<x.example.org>")),
        attachments=(Attachment("cv.pdf", "application/pdf", 10, text="Ana Costa CV"),),
    )
    verdict = SafetyVerdict(is_machine=False, relayed=True)
    text = readable_model_text(parsed, verdict)
    assert model_text(parsed, verdict) == normalise_for_model(text)
    assert "clients" not in text
    assert text.count("hello") == 1 and "RE:" not in text
    for token in ("__hdr_autosubmitted__", "__hdr_list__", "__has_pdf__", "__relay__"):
        assert token in text
    assert "Ana Costa CV" in text
    huge = message("word " * 100_000)
    assert len(model_text(huge, None)) < 10_000


def test_normalisation_lowercases_and_stems_but_keeps_synthetic_tokens() -> None:
    assert normalise_for_model("__hdr_autosubmitted__ Precisamos URGENTE") == (
        "__hdr_autosubmitted__ preci urgen"
    )


def test_subject_prefixes() -> None:
    assert strip_subject_prefixes("Re: Fwd: AW: RES: TR: Olá") == "Olá"
    assert strip_subject_prefixes("Regarding the role") == "Regarding the role"


def test_unattributed_quote_block_is_the_senders_own_card() -> None:
    parsed = message(
        "Happy to join your network.",
        quoted="> Title: Platform engineer\n> LI: pl.linkedin.com/in/nathan-w\n> Skills: AWS",
    )
    fields = extract_applicant(parsed, parsed.from_addr)
    assert fields.linkedin == "https://www.linkedin.com/in/nathan-w"
    assert "aws" in fields.skills
    assert "Platform engineer" in readable_model_text(parsed, None)


def test_colleague_forward_is_about_the_forwarded_author() -> None:
    parsed = message(
        "Sergio - passing this along from Dmitri. Worth a look!\n\nSarah",
        sender=Address("Sarah Chen", "sarah@example.org"),
    )
    parsed = ParsedMessage(
        **{
            **parsed.__dict__,
            "forwarded_text": "---------- Forwarded message ---------\n"
            "From: Dmitri Sharma <dmitri@example.net>\nSubject: CV\n"
            "To: Sergio <sergio@example.com>\n\nHi, I'm Dmitri Sharma, a Go engineer. "
            "uk.linkedin.com/in/dmitri-sharma",
        }
    )
    person = forwarded_sender(parsed)
    assert person == Address("Dmitri Sharma", "dmitri@example.net")
    fields = extract_applicant(parsed, person)
    assert (fields.name, fields.email) == ("Dmitri Sharma", "dmitri@example.net")
    assert fields.linkedin == "https://www.linkedin.com/in/dmitri-sharma"
    own_forward = ParsedMessage(
        **{**parsed.__dict__, "forwarded_text": "From: Sarah Chen <sarah@example.org>\n\nhi"}
    )
    assert forwarded_sender(own_forward) is None


@pytest.mark.parametrize(
    "text",
    [
        "My friend Marcus Murphy told me you're the go-to person for this.",
        "La recomendación viene de Marcus Murphy, de Faro VC.",
        "Marcus Murphy (Saffron Shield) hält große Stücke auf dich und hat dich empfohlen.",
        "Marcus Murphy (Verdeio) fala muito bem de você e recomendou que eu entrasse em contato.",
        "La recommandation vient de Marcus Murphy (Helio Contracts).",
    ],
)
def test_referrals_by_sentence_in_five_languages(text: str) -> None:
    assert referral_from_text(f"Hi Sergio!\n{text} We need help.", exclude=("Ana Costa",)) == (
        "Marcus Murphy"
    )


def test_referral_never_names_the_sender_or_the_owner() -> None:
    text = "Sergio Pereira was recommended by everyone. Ana Costa recommended herself."
    assert referral_from_text(text, exclude=("Ana Costa",)) == ""


def test_introduction_makes_the_introduced_founder_the_contact() -> None:
    parsed = message(
        "Hi Sergio, intro time: Sarah Baker is the COO of Cajumoney, a budgeting app. They "
        "need a rebuild of their app.\n\nAll the best,\nAnika Murphy",
        sender=Address("Anika Murphy", "anika@bluefield.vc"),
    )
    parsed = ParsedMessage(
        **{**parsed.__dict__, "cc": (Address("Sarah Baker", "sarah@cajumoney.com"),)}
    )
    fields = extract_client(parsed, parsed.from_addr)
    assert (fields.contact_name, fields.contact_email) == ("Sarah Baker", "sarah@cajumoney.com")
    assert fields.referred_by == "Anika Murphy"
    assert fields.company == "Cajumoney"


def test_company_spelled_like_the_domain_and_not_a_personal_domain() -> None:
    parsed = message(
        "We need an MVP.\n\nCheers,\nKenji Hall\nproduct manager\nOlivo Secure · olivosecure.com",
        sender=Address("Kenji Hall", "kenji@olivosecure.com"),
    )
    assert extract_client(parsed, parsed.from_addr).company == "Olivo Secure"
    personal = message(
        "We need an MVP.\n\nCiao,\nMaya Hall\nGeneral Manager\nVoltagoods · voltagoods.com",
        sender=Address("Maya Hall", "maya@mayahall.co.uk"),
    )
    assert extract_client(personal, personal.from_addr).company == "Voltagoods"


def test_need_rules_can_be_left_to_a_model() -> None:
    parsed = message("We need a fractional CTO.", sender=Address("Joe Bloggs", "joe@acme.io"))
    assert extract_client(parsed, parsed.from_addr).need == "fractional_cto"
    assert extract_client(parsed, parsed.from_addr, need_from_rules=False).need == ""


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("• Profil: Fractional-CTO", "fractional_cto"),
        ("je suis CTO de transition", "fractional_cto"),
        ("Candidatura: CTO por horas", "fractional_cto"),
        ("Sou testadora de software", "qa"),
        ("Julia Lange | QA-Managerin und Webentwicklerin", "qa"),
        ("Julia Lange | QA-Managerin und Webentwicklerin", "engineer"),
        ("a senior data engineer", "engineer"),
    ],
)
def test_role_phrasings(text: str, role: str) -> None:
    assert role in find_roles(text)
