"""Specimens labelled "other" that the newsletter never asked for: the rest of a working inbox.

others.py covers the mail a newsletter provokes (auto replies, bounces, unsubscribes, pitches,
feedback, lists, friends, spam). Real inboxes also hold mail that has nothing to do with the
newsletter, and a classifier that has only seen applicants, clients and those eight shapes
calls it an applicant or a client with high confidence. This module writes that mail:

- formal letters between a supplier and its customer (orders, deliveries, service, terms);
- colleagues' business chatter: meetings, invoices, contracts, project status, leave
  requests, office logistics, including the hard negatives that say "client", "CV", "project",
  "team", "developer" or "hiring" about someone else's business (kind `personal`);
- transactional notifications: orders, shipping, receipts, password resets, calendar
  invites, security codes (kind `mailing_list`, from automated senders);
- developers' technical discussion that asks for nothing: bug reports, code review, parser
  questions, "the attached GIFs" (kind `personal`);
- test messages and one-liners: "Test - body content", "Hello", "Wow", empty bodies with
  only a photo or a scanned document attached (kind `personal`);
- forwarded chains of unrelated business (kind `personal`);
- bulletins and newsletters: weather, news digests, partner announcements, school and club
  letters (kind `mailing_list`);
- unsolicited bulk mail in several languages (kind `spam`).

Written in en, pt, es, de, fr and Italian. FORMAT.md allows five languages in the manifest,
so Italian specimens are tagged "en" (untagged noise, as a reader's inbox would have it) and
their notes say `lang=it`.

Every bank is split like others.py (every 4th entry to dev), so dev measures phrasings that
training never saw.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta

from corpus.specimen import AttachmentSpec, Specimen
from corpus.specimens.others import (
    _FIRST,
    _LAST,
    _PERSONAL_DOMAINS,
    _ascii,
    _Ctx,
    _mailbox,
    _paragraphs,
)

LangBank = Mapping[str, Sequence[str]]

LANGUAGES = ("en", "pt", "es", "de", "fr", "it")
LANGUAGE_WEIGHTS = (40, 12, 11, 11, 11, 15)

SHAPES = (
    "chatter",
    "letter",
    "notification",
    "tech",
    "test_message",
    "one_liner",
    "forward",
    "bulletin",
    "spam",
)
SHAPE_WEIGHTS = (22, 8, 12, 12, 11, 10, 9, 10, 8)

# ---------------------------------------------------------------------------------------------
# people and companies

_IT_FIRST = [
    "Marco",
    "Giulia",
    "Luca",
    "Francesca",
    "Alessandro",
    "Chiara",
    "Matteo",
    "Sara",
    "Davide",
    "Elena",
    "Stefano",
    "Valentina",
    "Paolo",
    "Federica",
    "Andrea",
    "Silvia",
    "Roberto",
    "Martina",
    "Simone",
    "Laura",
]
_IT_LAST = [
    "Rossi",
    "Bianchi",
    "Romano",
    "Colombo",
    "Ricci",
    "Marino",
    "Greco",
    "Bruno",
    "Gallo",
    "Conti",
    "De Luca",
    "Mancini",
    "Costa",
    "Giordano",
    "Rizzo",
    "Lombardi",
    "Moretti",
    "Barbieri",
    "Fontana",
    "Geronazzo",
]
_IT_DOMAINS = ["libero.it", "tiscali.it", "gmail.com", "alice.it", "virgilio.it", "fastwebnet.it"]

_FIRMS: LangBank = {
    "en": [
        "Hartley & Moss",
        "Bluewater Logistics",
        "Crestline Properties",
        "Northgate Accounting",
        "Pemberton Legal",
        "Riverside Dental",
        "Oakfield Estates",
        "Sterling Print Co",
        "Harbor Freight Partners",
        "Greenleaf Catering",
        "Ashford Insurance",
        "Kingsley Office Supplies",
    ],
    "pt": [
        "Contabilidade Silva & Filhos",
        "Transportes Almeida",
        "Imobiliária Horizonte",
        "Gráfica Estrela",
        "Clínica São Bento",
        "Construtora Ribeiro",
        "Papelaria Central",
        "Seguros Atlântico",
    ],
    "es": [
        "Gestoría Martínez",
        "Transportes del Sur",
        "Inmobiliaria Costa Azul",
        "Imprenta La Moderna",
        "Clínica Dental Sonrisa",
        "Construcciones Ibarra",
        "Seguros Mediterráneo",
        "Papelería Goya",
    ],
    "de": [
        "Steuerkanzlei Becker",
        "Spedition Krüger",
        "Hausverwaltung Schulz",
        "Druckerei Wagner",
        "Praxis Dr. Hoffmann",
        "Bauunternehmen Fischer",
        "Bürobedarf Schneider",
        "Versicherungsbüro Lange",
    ],
    "fr": [
        "Cabinet Lefèvre",
        "Transports Moreau",
        "Agence Immobilière du Parc",
        "Imprimerie Dubois",
        "Cabinet Dentaire Mercier",
        "Bâtiments Girard",
        "Fournitures Bureau Roux",
        "Assurances Laurent",
    ],
    "it": [
        "Studio Commercialista Bianchi",
        "Trasporti Gallo",
        "Immobiliare Aurora",
        "Tipografia Moderna",
        "Studio Dentistico Greco",
        "Edilizia Conti",
        "Cartoleria Centrale",
        "Assicurazioni Fontana",
    ],
}

_FIRM_TLD = {"en": ".com", "pt": ".pt", "es": ".es", "de": ".de", "fr": ".fr", "it": ".it"}

_BASE_DAY = datetime(2024, 5, 24, 9, 0, tzinfo=UTC)


def _fill_slots(ctx: _Ctx) -> None:
    """Sender, colleague, firm, dates, amounts and references every bank may use."""
    lang = ctx.lang
    if lang == "it":
        first, last = ctx.pick(_IT_FIRST), ctx.pick(_IT_LAST)
        other_first, other_last = ctx.pick_any(_IT_FIRST), ctx.pick_any(_IT_LAST)
        personal_domain = ctx.pick_any(_IT_DOMAINS)
    else:
        first, last = ctx.pick(_FIRST[lang]), ctx.pick(_LAST[lang])
        other_first, other_last = ctx.pick_any(_FIRST[lang]), ctx.pick_any(_LAST[lang])
        personal_domain = ctx.pick_any(_PERSONAL_DOMAINS[lang])
    firm = ctx.pick_any(_FIRMS[lang])
    firm_domain = _ascii(firm.split()[-1]).replace(".", "") + _FIRM_TLD[lang]
    domain = firm_domain if ctx.chance(0.6) else personal_domain
    day = _BASE_DAY + timedelta(days=ctx.rng.randint(-20, 40))
    hour = ctx.rng.choice([8, 9, 10, 11, 14, 15, 16, 17])
    ctx.slots.update(
        first=first,
        last=last,
        full=f"{first} {last}",
        email=_mailbox(first, last, domain, ctx.rng),
        firm=firm,
        firm_domain=firm_domain,
        colleague=other_first,
        colleague_full=f"{other_first} {other_last}",
        date=f"{day.day:02d}/{day.month:02d}/{day.year}",
        date_us=f"{day.month}/{day.day}/{day.year % 100:02d}",
        time=f"{hour}:{ctx.rng.choice(['00', '15', '30', '45'])}",
        hour=str(hour),
        amount=f"{ctx.rng.randint(80, 9800)}.{ctx.rng.randint(0, 99):02d}",
        amount_eu=f"{ctx.rng.randint(80, 9800)},{ctx.rng.randint(0, 99):02d}",
        ref=str(ctx.rng.randint(10000, 999999)),
        code=f"{ctx.rng.randint(0, 999999):06d}",
        room=ctx.pick_any(["3B", "2.14", "A", "Sala 4", "the big room", "114", "Orion", "Lisboa"]),
        n=str(ctx.rng.randint(2, 14)),
        pct=str(ctx.rng.randint(5, 40)),
        temp=str(ctx.rng.randint(-3, 31)),
        temp2=str(ctx.rng.randint(-3, 31)),
        owner="Sergio",
    )


def _pick_language(rng: random.Random) -> str:
    return rng.choices(LANGUAGES, weights=LANGUAGE_WEIGHTS)[0]


# ---------------------------------------------------------------------------------------------
# conversational furniture

_GREETING: LangBank = {
    "en": [
        "Hi all,",
        "Hi {owner},",
        "Team,",
        "Morning,",
        "Hello everyone,",
        "Hi,",
        "Dear colleagues,",
        "Hey,",
        "Good afternoon,",
        "{owner} -",
        "Hi both,",
        "Dear Sir or Madam,",
        "Folks,",
        "Hello {owner},",
        "Quick one:",
        "Hi guys,",
    ],
    "pt": [
        "Olá a todos,",
        "Bom dia,",
        "Olá pessoal,",
        "Caros colegas,",
        "Boa tarde,",
        "Olá {owner},",
        "Oi gente,",
        "Exmos. Senhores,",
        "Pessoal,",
        "Olá,",
    ],
    "es": [
        "Hola a todos,",
        "Buenos días,",
        "Hola equipo,",
        "Estimados compañeros:",
        "Buenas tardes,",
        "Hola {owner},",
        "Buenas,",
        "Estimados señores:",
        "Chicos,",
        "Hola,",
    ],
    "de": [
        "Hallo zusammen,",
        "Guten Morgen,",
        "Liebe Kolleginnen und Kollegen,",
        "Hallo {owner},",
        "Moin,",
        "Sehr geehrte Damen und Herren,",
        "Hi,",
        "Hallo Team,",
        "Servus,",
        "Guten Tag,",
    ],
    "fr": [
        "Bonjour à tous,",
        "Bonjour,",
        "Chers collègues,",
        "Salut l'équipe,",
        "Bonjour {owner},",
        "Madame, Monsieur,",
        "Hello,",
        "Bonsoir,",
        "Salut,",
        "Bonjour à toutes et à tous,",
    ],
    "it": [
        "Ciao a tutti,",
        "Buongiorno,",
        "Ciao Paolo,",
        "Gentili colleghi,",
        "Salve,",
        "Ciao {owner},",
        "Buonasera,",
        "Spett.le ditta,",
        "Ciao ragazzi,",
        "Gentile cliente,",
    ],
}

_SIGNOFF: LangBank = {
    "en": [
        "Thanks,",
        "Best,",
        "Cheers,",
        "Regards,",
        "Many thanks,",
        "Kind regards,",
        "Thx",
        "Speak soon,",
        "BR,",
        "Talk later,",
        "Best wishes,",
        "Ta,",
    ],
    "pt": ["Obrigado,", "Abraço,", "Cumprimentos,", "Atenciosamente,", "Abs,", "Bjs,", "Obg,"],
    "es": ["Gracias,", "Saludos,", "Un saludo,", "Atentamente,", "Un abrazo,", "Slds,", "Besos,"],
    "de": ["Danke,", "Viele Grüße", "Beste Grüße", "MfG", "LG", "Gruß", "Schönen Tag noch"],
    "fr": ["Merci,", "Cordialement,", "Bonne journée,", "À plus,", "Bises,", "Bien à vous,"],
    "it": [
        "Grazie,",
        "Saluti,",
        "Cordiali saluti,",
        "A presto,",
        "Un saluto,",
        "Ciao,",
        "Buona giornata",
    ],
}


def _signed(ctx: _Ctx) -> str:
    name = ctx.slots["full"] if ctx.chance(0.35) else ctx.slots["first"]
    if ctx.chance(0.2):
        return name
    return f"{ctx.say(_SIGNOFF)}\n{name}"


def _firm_signature(ctx: _Ctx) -> str:
    s = ctx.slots
    lines = [s["full"], s["firm"]]
    if ctx.chance(0.5):
        lines.append(f"www.{s['firm_domain']}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# colleagues' business chatter (the hard negatives say client / CV / project / team / hiring
# about someone else's business)

_CHATTER: LangBank = {
    "en": [
        "Can we move tomorrow's meeting to {time}? I have a dentist appointment in the morning.",
        "Attached is invoice #{ref} for the April work, {amount} USD, payment due in 30 days.",
        "Leave request: I'd like to take annual leave for a week starting {date_us}; "
        "{colleague} has agreed to cover my desk.",
        "HR attached the CV of the new hire for your records; she starts on Monday in accounts.",
        "The contract with {firm} is signed, I've put the PDF in the shared drive.",
        "Quick project status: phase 2 is on track, the print run is delayed by a week.",
        "My client wants to know whether the deposit is refundable, can you check clause 7?",
        "The printer on the third floor is out of toner again. Who orders supplies now?",
        "Reminder: the office will be closed on Friday for the bank holiday.",
        "Minutes from this morning's meeting are below, shout if I missed anything.",
        "Our accountant needs the signed expense reports by the end of the month.",
        "The team lunch is booked for {time} at the Italian place around the corner.",
        "We're not hiring this quarter, so please don't forward any more CVs to HR.",
        "Can someone water the plants while I'm away? Keys are in the top drawer.",
        "The client meeting in room {room} has been moved to Thursday, same time.",
        "I've approved the purchase order for the new chairs, {n} units.",
        "The developer who built our website says the contact form is fixed now.",
        "Payroll will be one day late this month because of the system migration at the bank.",
        "Parking permits for next year need to be renewed before {date}.",
        "Please find the quarterly report attached; the figures for March are provisional.",
        "The landlord is sending someone to fix the heating on {date}, between 9 and 12.",
        "Could you sign the NDA for {firm} and send it back? They need it before the audit.",
        "I'll be working from home tomorrow, reachable on my mobile as usual.",
        "The project kick-off with the architects went well, they'll send drawings next week.",
        "Our client in Porto asked for the invoice in euros, not dollars.",
        "I'm off sick today, sorry. I'll catch up on email tomorrow.",
        "Training on the new expense tool is on {date} at {time}, attendance is mandatory.",
        "The team is going for drinks on Friday to say goodbye to {colleague}.",
        "Can you forward me the supplier's quote? I want to compare it with last year's.",
        "The auditors asked for copies of all the invoices above {amount} USD.",
        "Meeting room {room} is double-booked at {time}, can we use yours?",
        "New fire drill procedure: please read the attached page before Monday.",
    ],
    "pt": [
        "Podemos passar a reunião de amanhã para as {time}? Tenho consulta de manhã.",
        "Segue em anexo a fatura n.º {ref}, no valor de {amount_eu} €, a pagar em 30 dias.",
        "Pedido de férias: vou estar fora de {date} até à terça seguinte, a {colleague} "
        "fica a substituir-me.",
        "Os RH enviaram o CV da nova colaboradora para arquivo, começa segunda na contabilidade.",
        "O contrato com a {firm} já está assinado, coloquei o PDF na pasta partilhada.",
        "Ponto de situação do projeto: a fase 2 está dentro do prazo, a gráfica atrasou.",
        "O meu cliente quer saber se o sinal é reembolsável, podes ver a cláusula 7?",
        "A impressora do 2.º andar está sem toner outra vez. Quem encomenda material agora?",
        "Lembrete: o escritório fecha na sexta por causa do feriado.",
        "A ata da reunião desta manhã vai abaixo, digam se faltou alguma coisa.",
        "A contabilidade precisa das despesas assinadas até ao fim do mês.",
        "O almoço de equipa está marcado para as {time} no restaurante da esquina.",
        "Não estamos a contratar este trimestre, por favor não reencaminhem mais currículos.",
        "A reunião com o cliente na sala {room} passou para quinta, mesma hora.",
        "O senhorio vai mandar alguém arranjar o aquecimento no dia {date}.",
        "Podes assinar o acordo de confidencialidade da {firm} e devolver-mo?",
        "Amanhã estou em teletrabalho, contactável pelo telemóvel.",
        "Estou doente hoje, desculpem. Respondo aos emails amanhã.",
        "Podes reencaminhar-me o orçamento do fornecedor? Quero comparar com o do ano passado.",
        "O cliente de Lisboa pediu a fatura com o NIF da empresa.",
    ],
    "es": [
        "¿Podemos mover la reunión de mañana a las {time}? Tengo médico por la mañana.",
        "Adjunto la factura n.º {ref} por importe de {amount_eu} €, vencimiento a 30 días.",
        "Solicitud de vacaciones: estaré fuera desde el {date} hasta el martes siguiente; "
        "{colleague} me cubre.",
        "RR. HH. ha enviado el CV del nuevo compañero para el expediente, empieza el lunes.",
        "El contrato con {firm} ya está firmado, he subido el PDF a la carpeta compartida.",
        "Estado del proyecto: la fase 2 va en plazo, la imprenta se retrasa una semana.",
        "Mi cliente pregunta si la señal es reembolsable, ¿puedes mirar la cláusula 7?",
        "La impresora de la segunda planta se ha quedado sin tóner otra vez.",
        "Recordatorio: la oficina cierra el viernes por el festivo.",
        "Abajo va el acta de la reunión de esta mañana, decidme si falta algo.",
        "Contabilidad necesita las notas de gastos firmadas antes de fin de mes.",
        "La comida del equipo es a las {time} en el italiano de la esquina.",
        "No estamos contratando este trimestre, no reenviéis más currículums a RR. HH.",
        "La reunión con el cliente en la sala {room} pasa al jueves, misma hora.",
        "El casero manda a alguien a arreglar la calefacción el {date}.",
        "¿Puedes firmar el acuerdo de confidencialidad de {firm} y devolvérmelo?",
        "Mañana teletrabajo, estoy localizable en el móvil.",
        "Hoy estoy de baja, lo siento. Mañana me pongo al día con el correo.",
        "¿Me reenvías el presupuesto del proveedor? Quiero compararlo con el del año pasado.",
        "El cliente de Sevilla pide la factura con el CIF correcto.",
    ],
    "de": [
        "Können wir das Meeting morgen auf {time} Uhr verschieben? Ich habe vormittags einen "
        "Arzttermin.",
        "Anbei die Rechnung Nr. {ref} über {amount_eu} €, zahlbar innerhalb von 30 Tagen.",
        "Urlaubsantrag: Ich bin vom {date} bis zum darauffolgenden Dienstag weg, {colleague} "
        "vertritt mich.",
        "Die Personalabteilung hat den Lebenslauf der neuen Kollegin zur Ablage geschickt.",
        "Der Vertrag mit {firm} ist unterschrieben, das PDF liegt im gemeinsamen Ordner.",
        "Kurzer Projektstand: Phase 2 liegt im Plan, die Druckerei ist eine Woche hinterher.",
        "Mein Mandant fragt, ob die Anzahlung erstattet wird, kannst du Paragraf 7 prüfen?",
        "Der Drucker im zweiten Stock hat schon wieder keinen Toner.",
        "Zur Erinnerung: Das Büro bleibt am Freitag wegen des Feiertags geschlossen.",
        "Unten das Protokoll von heute Morgen, sagt Bescheid, falls etwas fehlt.",
        "Die Buchhaltung braucht die unterschriebenen Reisekostenabrechnungen bis Monatsende.",
        "Das Teamessen ist um {time} Uhr beim Italiener um die Ecke reserviert.",
        "Wir stellen dieses Quartal nicht ein, bitte keine Bewerbungen mehr an HR weiterleiten.",
        "Der Kundentermin in Raum {room} ist auf Donnerstag verschoben, gleiche Uhrzeit.",
        "Der Vermieter schickt am {date} jemanden wegen der Heizung vorbei.",
        "Kannst du die Geheimhaltungsvereinbarung von {firm} unterschreiben und zurückschicken?",
        "Morgen bin ich im Homeoffice, mobil wie immer erreichbar.",
        "Ich bin heute krank, sorry. Ich melde mich morgen.",
        "Kannst du mir das Angebot des Lieferanten weiterleiten? Ich will es mit letztem Jahr "
        "vergleichen.",
        "Der Kunde aus Hamburg möchte die Rechnung mit seiner USt-IdNr.",
    ],
    "fr": [
        "Peut-on décaler la réunion de demain à {time} ? J'ai un rendez-vous médical le matin.",
        "Ci-joint la facture n° {ref} d'un montant de {amount_eu} €, payable à 30 jours.",
        "Demande de congés : je serai absent du {date} au mardi suivant, {colleague} me remplace.",
        "Les RH ont envoyé le CV de la nouvelle recrue pour le dossier, elle arrive lundi.",
        "Le contrat avec {firm} est signé, le PDF est sur le drive partagé.",
        "Point projet : la phase 2 est dans les temps, l'imprimeur a une semaine de retard.",
        "Mon client demande si l'acompte est remboursable, tu peux regarder l'article 7 ?",
        "L'imprimante du deuxième étage n'a plus de toner, encore.",
        "Rappel : le bureau sera fermé vendredi pour le pont.",
        "Le compte rendu de la réunion de ce matin est ci-dessous, dites-moi s'il manque "
        "quelque chose.",
        "La compta a besoin des notes de frais signées avant la fin du mois.",
        "Le déjeuner d'équipe est réservé à {time} chez l'italien du coin.",
        "On ne recrute pas ce trimestre, merci de ne plus transférer de CV aux RH.",
        "Le rendez-vous client en salle {room} passe à jeudi, même heure.",
        "Le propriétaire envoie quelqu'un pour le chauffage le {date}.",
        "Tu peux signer l'accord de confidentialité de {firm} et me le renvoyer ?",
        "Demain je suis en télétravail, joignable sur mon portable.",
        "Je suis malade aujourd'hui, désolé. Je rattrape mes mails demain.",
        "Tu peux me transférer le devis du fournisseur ? Je veux le comparer à l'an dernier.",
        "Le client de Lyon veut la facture avec son numéro de TVA.",
    ],
    "it": [
        "sai se il mio cliente deve presentare il modello 730 quest'anno o basta il CU?",
        "Possiamo spostare la riunione di domani alle {time}? Ho il dentista la mattina.",
        "In allegato la fattura n. {ref} di {amount_eu} euro, pagamento a 30 giorni.",
        "Richiesta ferie: sarò assente dal {date} fino al martedì successivo, mi sostituisce "
        "{colleague}.",
        "L'ufficio personale ha mandato il curriculum del nuovo assunto per l'archivio.",
        "Il contratto con {firm} è firmato, il PDF è nella cartella condivisa.",
        "Aggiornamento sul progetto: la fase 2 è nei tempi, la tipografia è in ritardo.",
        "La stampante al secondo piano è di nuovo senza toner.",
        "Promemoria: l'ufficio resta chiuso venerdì per la festa.",
        "Sotto il verbale della riunione di stamattina, ditemi se manca qualcosa.",
        "Il commercialista ha bisogno delle note spese firmate entro fine mese.",
        "Il pranzo di squadra è alle {time} dal ristorante all'angolo.",
        "Questo trimestre non assumiamo, non inoltrate altri curriculum all'ufficio personale.",
        "L'appuntamento con il cliente in sala {room} è spostato a giovedì.",
        "Il padrone di casa manda qualcuno per il riscaldamento il {date}.",
        "Puoi firmare l'accordo di riservatezza di {firm} e rimandarmelo?",
        "Domani lavoro da casa, sono raggiungibile al cellulare.",
        "Oggi sono malato, scusate. Recupero le mail domani.",
        "Mi giri il preventivo del fornitore? Voglio confrontarlo con quello dell'anno scorso.",
        "Il cliente di Milano vuole la fattura con la partita IVA corretta.",
        "Ordine confermato: la merce arriva in magazzino il {date}.",
    ],
}

_CHATTER_ASK: LangBank = {
    "en": [
        "Let me know if that works.",
        "Can you confirm by end of day?",
        "Thanks in advance.",
        "Any objections?",
        "No action needed, just FYI.",
        "Ping me if you have questions.",
        "Please reply all so everyone sees it.",
        "Happy to discuss.",
    ],
    "pt": [
        "Digam se pode ser.",
        "Confirmas até ao fim do dia?",
        "Obrigado desde já.",
        "Só para conhecimento.",
        "Qualquer dúvida, liguem.",
        "Respondam a todos, por favor.",
    ],
    "es": [
        "Decidme si os va bien.",
        "¿Me confirmas antes de las seis?",
        "Gracias de antemano.",
        "Solo para que lo sepáis.",
        "Cualquier duda, me llamáis.",
        "Responded a todos, por favor.",
    ],
    "de": [
        "Gebt Bescheid, ob das passt.",
        "Kannst du das bis heute Abend bestätigen?",
        "Danke vorab.",
        "Nur zur Info.",
        "Bei Fragen einfach anrufen.",
        "Bitte allen antworten.",
    ],
    "fr": [
        "Dites-moi si ça vous va.",
        "Tu peux confirmer avant ce soir ?",
        "Merci d'avance.",
        "Pour info seulement.",
        "Des questions, appelez-moi.",
        "Merci de répondre à tous.",
    ],
    "it": [
        "Fatemi sapere se va bene.",
        "Mi confermi entro stasera?",
        "Grazie in anticipo.",
        "Solo per conoscenza.",
        "Per qualsiasi dubbio chiamatemi.",
        "Rispondete a tutti, per favore.",
    ],
}

_CHATTER_SUBJECT: LangBank = {
    "en": [
        "Leave request",
        "Invoice #{ref}",
        "tomorrow's meeting",
        "Contract {firm}",
        "Project status",
        "printer",
        "Office closed Friday",
        "Minutes",
        "Expense reports",
        "Team lunch",
        "New starter paperwork",
        "Heating",
        "NDA",
        "WFH tomorrow",
        "Quarterly report",
        "",
        "re: deposit",
        "supplier quote",
    ],
    "pt": [
        "Pedido de férias",
        "Fatura {ref}",
        "Reunião de amanhã",
        "Contrato {firm}",
        "Ponto de situação",
        "Impressora",
        "Feriado",
        "Ata",
        "Despesas",
        "",
    ],
    "es": [
        "Solicitud de vacaciones",
        "Factura {ref}",
        "Reunión de mañana",
        "Contrato {firm}",
        "Estado del proyecto",
        "Impresora",
        "Festivo",
        "Acta",
        "Gastos",
        "",
    ],
    "de": [
        "Urlaubsantrag",
        "Rechnung {ref}",
        "Meeting morgen",
        "Vertrag {firm}",
        "Projektstand",
        "Drucker",
        "Feiertag",
        "Protokoll",
        "Reisekosten",
        "",
    ],
    "fr": [
        "Demande de congés",
        "Facture {ref}",
        "Réunion de demain",
        "Contrat {firm}",
        "Point projet",
        "Imprimante",
        "Pont de vendredi",
        "Compte rendu",
        "Notes de frais",
        "",
    ],
    "it": [
        "Ordine materiale",
        "Richiesta ferie",
        "Fattura {ref}",
        "Riunione di domani",
        "Contratto {firm}",
        "Aggiornamento progetto",
        "Stampante",
        "Verbale",
        "Note spese",
        "",
        "dichiarazione",
    ],
}

_OFFICE_ATTACHMENTS = [
    ("Invoice_{ref}.pdf", "INVOICE {ref}\nAmount due: {amount} USD\nBank transfer within 30 days."),
    ("minutes_{ref}.pdf", "MINUTES\nAttendees: {colleague_full}, {full}\nActions: see below."),
    ("contract_signed.pdf", "AGREEMENT between {firm} and the undersigned. Clause 7: deposit."),
    ("report_Q1.pdf", "QUARTERLY REPORT\nRevenue and expenses by month. Provisional figures."),
    ("floorplan.pdf", "FLOOR 3 - fire exits, assembly point in the car park."),
    ("Fattura_{ref}.pdf", "FATTURA n. {ref}\nImponibile {amount_eu} EUR\nIVA 22%"),
    ("Rechnung_{ref}.pdf", "RECHNUNG Nr. {ref}\nBetrag {amount_eu} EUR\nZahlbar in 30 Tagen"),
]


def _chatter(ctx: _Ctx) -> tuple[Specimen, str]:
    s = ctx.slots
    topics = ctx.some(_CHATTER, 1, 3)
    body = _paragraphs(
        ctx.say(_GREETING) if ctx.chance(0.75) else None,
        "\n\n".join(topics) if ctx.chance(0.6) else " ".join(topics),
        ctx.say(_CHATTER_ASK) if ctx.chance(0.5) else None,
        _signed(ctx) if ctx.chance(0.8) else None,
        _firm_signature(ctx) if ctx.chance(0.25) else None,
    )
    attachments = []
    if ctx.chance(0.25):
        name, text = ctx.pick_any(_OFFICE_ATTACHMENTS)
        attachments.append(AttachmentSpec(filename=ctx.fill(name), kind="pdf", text=ctx.fill(text)))
    spec = Specimen(
        label="other",
        other_kind="personal",
        language=ctx.lang,
        subject=ctx.say(_CHATTER_SUBJECT),
        body=body,
        sender_name=s["full"] if ctx.chance(0.85) else "",
        sender_email=s["email"],
        difficulty="hard",
        attachments=attachments,
        may_quote_newsletter=False,
    )
    return spec, "chatter"


# ---------------------------------------------------------------------------------------------
# transactional notifications

_SHOPS = [
    ("Amazon.de", "versandbestaetigung@amazon.de"),
    ("Zalando", "info@service-mail.zalando.de"),
    ("IKEA", "noreply@order.ikea.com"),
    ("Fnac", "commande@fnac.com"),
    ("El Corte Inglés", "pedidos@elcorteingles.es"),
    ("Worten", "encomendas@worten.pt"),
    ("MediaMarkt", "service@mediamarkt.de"),
    ("Decathlon", "no-reply@decathlon.com"),
    ("Uber", "uber.portugal@uber.com"),
    ("Booking.com", "noreply@booking.com"),
    ("Ryanair", "itinerary@ryanair.com"),
    ("Trenitalia", "noreply@trenitalia.it"),
    ("PayPal", "service@paypal.de"),
    ("Apple", "no_reply@email.apple.com"),
    ("Google Calendar", "calendar-notification@google.com"),
    ("Dropbox", "no-reply@dropbox.com"),
    ("GitHub", "noreply@github.com"),
    ("CTT Correios", "notificacoes@ctt.pt"),
    ("DHL Paket", "noreply@dhl.de"),
    ("La Poste Colissimo", "noreply@notification.colissimo.fr"),
]

_NOTIFY: LangBank = {
    "en": [
        "Your order #{ref} has been confirmed. Estimated delivery: {date}.",
        "Good news! Your package is on its way. Tracking number: {ref}{code}.",
        "Your parcel was delivered today at {time} and left with a neighbour.",
        "Receipt for your payment of ${amount}. Thank you for your purchase.",
        "We received a request to reset your password. If this wasn't you, ignore this email.",
        "Your verification code is {code}. It expires in 10 minutes.",
        "Invitation: Quarterly review @ {date} {time} - {time}. Join with Google Meet.",
        "Updated invitation: the event has been moved to {date} at {time}.",
        "Your subscription renews on {date}. You will be charged ${amount}.",
        "A new sign-in to your account was detected from Chrome on Windows.",
        "Your booking is confirmed: check-in {date}, {n} nights, reference {ref}.",
        "Your monthly statement is ready. Log in to view it.",
        "Your refund of ${amount} has been processed and will appear in 5-7 business days.",
        "Your boarding pass for flight FR{ref} is attached. Gate closes 30 minutes before "
        "departure.",
        "Reminder: your appointment is on {date} at {time}. Reply C to cancel.",
        "Your storage is {pct}% full. Upgrade your plan to keep syncing.",
        "We've updated our terms of service. No action is required.",
        "Your return has been received and your refund is on its way.",
    ],
    "pt": [
        "A sua encomenda n.º {ref} foi confirmada. Entrega prevista: {date}.",
        "A sua encomenda já está a caminho. Número de seguimento: {ref}{code}.",
        "Recibo do pagamento de {amount_eu} €. Obrigado pela sua compra.",
        "Recebemos um pedido para redefinir a sua palavra-passe. Se não foi você, ignore.",
        "O seu código de verificação é {code}. Válido durante 10 minutos.",
        "Convite: Reunião trimestral @ {date} {time}.",
        "A sua subscrição é renovada a {date}. Valor: {amount_eu} €.",
        "Foi detetado um novo início de sessão na sua conta.",
        "A sua reserva está confirmada: check-in {date}, {n} noites.",
        "O seu extrato mensal está disponível na área de cliente.",
        "O seu reembolso de {amount_eu} € foi processado.",
        "Lembrete: a sua consulta é a {date} às {time}.",
    ],
    "es": [
        "Tu pedido n.º {ref} ha sido confirmado. Entrega estimada: {date}.",
        "¡Tu paquete está en camino! Número de seguimiento: {ref}{code}.",
        "Recibo de tu pago de {amount_eu} €. Gracias por tu compra.",
        "Hemos recibido una solicitud para restablecer tu contraseña. Si no fuiste tú, ignora "
        "este correo.",
        "Tu código de verificación es {code}. Caduca en 10 minutos.",
        "Invitación: Revisión trimestral @ {date} {time}.",
        "Tu suscripción se renueva el {date}. Importe: {amount_eu} €.",
        "Hemos detectado un nuevo inicio de sesión en tu cuenta.",
        "Tu reserva está confirmada: entrada el {date}, {n} noches.",
        "Tu extracto mensual ya está disponible.",
        "Tu reembolso de {amount_eu} € ha sido tramitado.",
        "Recordatorio: tu cita es el {date} a las {time}.",
    ],
    "de": [
        "Ihre Bestellung Nr. {ref} wurde bestätigt. Voraussichtliche Lieferung: {date}.",
        "Ihr Paket ist unterwegs. Sendungsnummer: {ref}{code}.",
        "Zahlungsbeleg über {amount_eu} €. Vielen Dank für Ihren Einkauf.",
        "Wir haben eine Anfrage zum Zurücksetzen Ihres Passworts erhalten. Falls Sie das nicht "
        "waren, ignorieren Sie diese E-Mail.",
        "Ihr Bestätigungscode lautet {code}. Er ist 10 Minuten gültig.",
        "Einladung: Quartalsgespräch @ {date} {time}.",
        "Ihr Abo verlängert sich am {date}. Betrag: {amount_eu} €.",
        "Neue Anmeldung bei Ihrem Konto erkannt.",
        "Ihre Buchung ist bestätigt: Anreise {date}, {n} Nächte.",
        "Ihr Kontoauszug ist im Postfach verfügbar.",
        "Ihre Erstattung über {amount_eu} € wurde veranlasst.",
        "Erinnerung: Ihr Termin ist am {date} um {time} Uhr.",
    ],
    "fr": [
        "Votre commande n° {ref} est confirmée. Livraison estimée : {date}.",
        "Votre colis est en route. Numéro de suivi : {ref}{code}.",
        "Reçu de votre paiement de {amount_eu} €. Merci pour votre achat.",
        "Nous avons reçu une demande de réinitialisation de votre mot de passe. Si ce n'est pas "
        "vous, ignorez cet e-mail.",
        "Votre code de vérification est {code}. Il expire dans 10 minutes.",
        "Invitation : Revue trimestrielle @ {date} {time}.",
        "Votre abonnement sera renouvelé le {date}. Montant : {amount_eu} €.",
        "Nouvelle connexion détectée sur votre compte.",
        "Votre réservation est confirmée : arrivée le {date}, {n} nuits.",
        "Votre relevé mensuel est disponible dans votre espace client.",
        "Votre remboursement de {amount_eu} € a été effectué.",
        "Rappel : votre rendez-vous est le {date} à {time}.",
    ],
    "it": [
        "Il tuo ordine n. {ref} è stato confermato. Consegna prevista: {date}.",
        "Il tuo pacco è in viaggio. Numero di tracciamento: {ref}{code}.",
        "Ricevuta del pagamento di {amount_eu} €. Grazie per l'acquisto.",
        "Abbiamo ricevuto una richiesta di reimpostazione della password. Se non sei stato tu, "
        "ignora questa email.",
        "Il tuo codice di verifica è {code}. Scade tra 10 minuti.",
        "Invito: Revisione trimestrale @ {date} {time}.",
        "Il tuo abbonamento si rinnova il {date}. Importo: {amount_eu} €.",
        "Abbiamo rilevato un nuovo accesso al tuo account.",
        "La tua prenotazione è confermata: arrivo il {date}, {n} notti.",
        "Il tuo estratto conto mensile è disponibile.",
        "Il tuo rimborso di {amount_eu} € è stato elaborato.",
        "Promemoria: il tuo appuntamento è il {date} alle {time}.",
    ],
}

_NOTIFY_FOOTER: LangBank = {
    "en": [
        "This is an automated message, please do not reply.",
        "Questions? Visit our Help Centre.",
        "You are receiving this email because you have an account with us.",
        "Manage your notification settings in the app.",
    ],
    "pt": ["Esta é uma mensagem automática, por favor não responda.", "Dúvidas? Visite a Ajuda."],
    "es": ["Este es un mensaje automático, por favor no respondas.", "¿Dudas? Visita la Ayuda."],
    "de": ["Dies ist eine automatisch erstellte Nachricht.", "Fragen? Besuchen Sie die Hilfe."],
    "fr": ["Ceci est un message automatique, merci de ne pas répondre.", "Une question ? Aide."],
    "it": ["Questo è un messaggio automatico, non rispondere.", "Domande? Visita il Centro Aiuto."],
}


def _notification(ctx: _Ctx) -> tuple[Specimen, str]:
    shop, address = ctx.pick_any(_SHOPS)
    lines = ctx.some(_NOTIFY, 1, 2)
    body = _paragraphs(
        ctx.say(_GREETING) if ctx.chance(0.3) else None,
        "\n\n".join(lines),
        ctx.say(_NOTIFY_FOOTER) if ctx.chance(0.7) else None,
        f"© 2024 {shop}" if ctx.chance(0.5) else None,
    )
    subject = lines[0] if len(lines[0]) < 70 else lines[0].split(".")[0]
    headers: dict[str, str] = {}
    roll = ctx.rng.random()
    if roll < 0.4:
        headers["Auto-Submitted"] = "auto-generated"
    elif roll < 0.7:
        domain = address.split("@")[1]
        headers["List-Unsubscribe"] = f"<https://{domain}/unsubscribe?u={ctx.slots['ref']}>"
        headers["Precedence"] = "bulk"
    # else: a transactional mail with no machine header at all, as many shops send them
    attachments = []
    if ctx.chance(0.15):
        attachments.append(
            AttachmentSpec(
                filename=ctx.fill(
                    ctx.pick_any(["receipt_{ref}.pdf", "booking_{ref}.pdf", "ticket.pdf"])
                ),
                kind="pdf",
                text=ctx.fill("{ref}\n{date} {time}\nTotal {amount}"),
            )
        )
    spec = Specimen(
        label="other",
        other_kind="mailing_list",
        language=ctx.lang,
        subject=subject,
        body=body,
        sender_name=shop,
        sender_email=address,
        difficulty="easy" if headers else "hard",
        must_not_autoreply=True,
        headers=headers,
        attachments=attachments,
        may_quote_newsletter=False,
    )
    return spec, "notification"


# ---------------------------------------------------------------------------------------------
# formal letters between a supplier and its customer: orders, service, equipment, terms

_LETTER: LangBank = {
    "en": [
        "Thank you for your order of {date}.",
        "Further to your enquiry, the new office furniture will be delivered on {date}.",
        "The spare parts you ordered will be back in stock in week 32.",
        "We are pleased to confirm your order of {n} pallets for delivery on {date}.",
        "Unfortunately the shipment has been held at customs; we expect a delay of {n} days.",
        "Our technician will install the equipment at your site on {date} between 8 and 12.",
        "The maintenance contract for your printers expires on {date}; we enclose a renewal offer.",
        "As discussed, the unit price for orders above 500 pieces is {amount} USD.",
        "Our warehouse will be closed for inventory from {date}; please place orders in advance.",
        "We have credited {amount} USD to your account following the damaged delivery.",
        "From next month your account manager will be {colleague_full}.",
        "Kindly return the signed delivery note so that we can close the ticket.",
    ],
    "pt": [
        "Agradecemos a sua encomenda de {date}.",
        "Na sequência do seu pedido, o mobiliário será entregue a {date}.",
        "As peças encomendadas voltam a estar disponíveis na semana 32.",
        "Confirmamos a sua encomenda de {n} paletes para entrega a {date}.",
        "A mercadoria ficou retida na alfândega; prevemos um atraso de {n} dias.",
        "O nosso técnico fará a instalação do equipamento nas suas instalações a {date}.",
        "O contrato de manutenção das impressoras termina a {date}; junto enviamos proposta de "
        "renovação.",
        "Conforme combinado, o preço unitário acima de 500 peças é de {amount_eu} €.",
        "Creditámos {amount_eu} € na sua conta devido à entrega danificada.",
        "Agradecemos a devolução da guia de remessa assinada.",
    ],
    "es": [
        "Le agradecemos su pedido del {date}.",
        "En relación con su consulta, el mobiliario se entregará el {date}.",
        "Los repuestos que pidió vuelven a estar disponibles en la semana 32.",
        "Le confirmamos su pedido de {n} palés con entrega el {date}.",
        "La mercancía está retenida en aduanas; prevemos un retraso de {n} días.",
        "Nuestro técnico instalará el equipo en sus instalaciones el {date}.",
        "El contrato de mantenimiento de las impresoras vence el {date}; adjuntamos oferta de "
        "renovación.",
        "Como acordamos, el precio unitario a partir de 500 piezas es de {amount_eu} €.",
        "Hemos abonado {amount_eu} € en su cuenta por la entrega dañada.",
        "Le rogamos nos devuelva el albarán firmado.",
    ],
    "de": [
        "Vielen Dank für Ihren Auftrag vom {date}.",
        "Bezüglich Ihrer Anfrage: Die Büromöbel werden am {date} geliefert.",
        "Die bestellten Ersatzteile sind leider erst ab KW 32 wieder lieferbar.",
        "Wir bestätigen Ihre Bestellung über {n} Paletten zur Lieferung am {date}.",
        "Die Sendung hängt leider beim Zoll; wir rechnen mit {n} Tagen Verzögerung.",
        "Unser Techniker installiert die Anlage am {date} zwischen 8 und 12 Uhr bei Ihnen.",
        "Der Wartungsvertrag für Ihre Drucker läuft am {date} aus; anbei ein Verlängerungsangebot.",
        "Wie besprochen beträgt der Stückpreis ab 500 Stück {amount_eu} €.",
        "Wir haben Ihrem Konto wegen der beschädigten Lieferung {amount_eu} € gutgeschrieben.",
        "Ab sofort erreichen Sie unseren Kundendienst unter einer neuen Rufnummer.",
        "Bitte senden Sie uns den unterschriebenen Lieferschein zurück.",
    ],
    "fr": [
        "Nous vous remercions pour votre commande du {date}.",
        "Suite à votre demande, le mobilier sera livré le {date}.",
        "Les pièces commandées seront de nouveau disponibles en semaine 32.",
        "Nous confirmons votre commande de {n} palettes pour livraison le {date}.",
        "La marchandise est bloquée en douane ; nous prévoyons {n} jours de retard.",
        "Notre technicien installera l'équipement dans vos locaux le {date}.",
        "Le contrat de maintenance de vos imprimantes expire le {date} ; vous trouverez "
        "ci-joint une offre de renouvellement.",
        "Comme convenu, le prix unitaire au-delà de 500 pièces est de {amount_eu} €.",
        "Nous avons crédité {amount_eu} € sur votre compte suite à la livraison endommagée.",
        "Merci de nous retourner le bon de livraison signé.",
    ],
    "it": [
        "Vi ringraziamo per l'ordine del {date}.",
        "In merito alla vostra richiesta, gli arredi saranno consegnati il {date}.",
        "I ricambi ordinati torneranno disponibili nella settimana 32.",
        "Confermiamo il vostro ordine di {n} bancali con consegna il {date}.",
        "La merce è ferma in dogana; prevediamo un ritardo di {n} giorni.",
        "Il nostro tecnico installerà l'apparecchiatura presso la vostra sede il {date}.",
        "Il contratto di assistenza delle stampanti scade il {date}; alleghiamo l'offerta di "
        "rinnovo.",
        "Come concordato, il prezzo unitario oltre i 500 pezzi è di {amount_eu} €.",
        "Abbiamo accreditato {amount_eu} € sul vostro conto per la consegna danneggiata.",
        "Vi preghiamo di restituirci la bolla di consegna firmata.",
    ],
}

_LETTER_OPEN: LangBank = {
    "en": ["Dear Mr {last},", "Dear Ms {last},", "Dear Sir or Madam,", "Dear customer,"],
    "pt": ["Exmo. Sr. {last},", "Caro cliente,", "Exmos. Senhores,"],
    "es": ["Estimado Sr. {last}:", "Estimado cliente:", "Muy señores míos:"],
    "de": ["Sehr geehrter Herr {last},", "Sehr geehrte Frau {last},", "Hallo Herr {last},"],
    "fr": ["Monsieur {last},", "Madame, Monsieur,", "Cher client,"],
    "it": ["Gentile Sig. {last},", "Spett.le cliente,", "Egregio dott. {last},"],
}

_LETTER_SUBJECT: LangBank = {
    "en": ["Your order {ref}", "Delivery delay", "Maintenance contract", "Account manager"],
    "pt": ["A sua encomenda {ref}", "Atraso na entrega", "Contrato de manutenção"],
    "es": ["Su pedido {ref}", "Retraso en la entrega", "Contrato de mantenimiento"],
    "de": ["Ihre Bestellung {ref}", "Lieferverzögerung", "Wartungsvertrag", "Kundendienst"],
    "fr": ["Votre commande {ref}", "Retard de livraison", "Contrat de maintenance"],
    "it": ["Vostro ordine {ref}", "Ritardo consegna", "Contratto di assistenza"],
}


def _letter_text(ctx: _Ctx) -> str:
    return _paragraphs(
        ctx.fill(ctx.pick(_LETTER_OPEN[ctx.lang])).replace("{last}", ctx.slots["last"]),
        " ".join(ctx.some(_LETTER, 2, 4)),
        ctx.say(_SIGNOFF),
        _firm_signature(ctx),
    )


def _letter(ctx: _Ctx) -> tuple[Specimen, str]:
    s = ctx.slots
    spec = Specimen(
        label="other",
        other_kind="personal",
        language=ctx.lang,
        subject=ctx.say(_LETTER_SUBJECT),
        body=_letter_text(ctx),
        sender_name=s["full"] if ctx.chance(0.7) else s["firm"],
        sender_email=_mailbox(s["first"], s["last"], s["firm_domain"], ctx.rng),
        difficulty="hard",
        may_quote_newsletter=False,
    )
    return spec, "letter"


# ---------------------------------------------------------------------------------------------
# developers talking shop: asks for nothing the newsletter offers

_TECH_OPEN: LangBank = {
    "en": [
        "Every few weeks a customer sends a message our importer chokes on; sample below.",
        "Found a weird bug in the date handling: timestamps before 1970 come back as None.",
        "After decoding you should end up with three PNG screenshots of the settings page.",
        "I pasted the base64 of the broken image below so you can decode it yourself.",
        "The attached patch fixes the off-by-one in the boundary scanner.",
        "Reviewed your pull request, two small comments on the error handling.",
        "The nightly build is red again, looks like a flaky test in the IMAP suite.",
        "Here's the stack trace from production, it only happens with very long headers.",
        "Is the sender's mail client violating the RFC here, or are we too strict?",
        "We upgraded the database driver and now the connection pool leaks.",
        "I built a tiny reproducer: a digest with one forwarded message inside another.",
        "The charset detection guesses windows-1252 for this one, but it's really latin-1.",
        "Benchmarks attached: the new tokenizer is about 3x faster on long messages.",
        "I think the regression came in with last week's refactor of the header folding.",
        "Can you reproduce this on your machine? Steps are in the ticket.",
        "Merged the fix, but the release notes still need updating.",
        "The test suite passes locally but fails in CI with a timezone error.",
        "The HTML version wraps URLs at 76 characters and Outlook breaks them, see below.",
        "Our developer ran the migration on staging, the indexes took 40 minutes.",
        "The fixture is plain 7-bit text with a trailing newline, nothing fancy.",
        "Our linter flags the generated code, but I think the rule is wrong for this case.",
        "Profiling shows most of the time goes into regex compilation on every call.",
    ],
    "pt": [
        "Encontrei um bug estranho no parser: datas antes de 1970 vêm como None.",
        "Revi o teu pull request, deixei dois comentários no tratamento de erros.",
        "O build de ontem à noite falhou outra vez, parece um teste instável.",
        "Segue o stack trace de produção, só acontece com cabeçalhos muito longos.",
        "Atualizámos o driver da base de dados e agora o pool de ligações perde conexões.",
        "Os testes passam localmente mas falham no CI com um erro de fuso horário.",
        "Fiz merge da correção, falta atualizar as notas de versão.",
        "Consegues reproduzir isto na tua máquina? Os passos estão no ticket.",
    ],
    "es": [
        "He encontrado un bug raro en el parser: las fechas anteriores a 1970 salen como None.",
        "He revisado tu pull request, dos comentarios sobre el manejo de errores.",
        "El build nocturno ha fallado otra vez, parece un test inestable.",
        "Te paso la traza de producción, solo pasa con cabeceras muy largas.",
        "Actualizamos el driver de la base de datos y ahora el pool pierde conexiones.",
        "Los tests pasan en local pero fallan en CI por la zona horaria.",
        "He mergeado el arreglo, faltan las notas de la versión.",
        "¿Puedes reproducirlo en tu máquina? Los pasos están en el ticket.",
    ],
    "de": [
        "Die Umlaute kommen im Betreff doppelt kodiert an, siehe Beispiel unten.",
        "Ich habe einen seltsamen Fehler im Parser gefunden: Daten vor 1970 kommen als None.",
        "Habe deinen Pull Request angeschaut, zwei kleine Anmerkungen zur Fehlerbehandlung.",
        "Der Nightly-Build ist wieder rot, sieht nach einem wackligen Test aus.",
        "Hier der Stacktrace aus der Produktion, passiert nur bei sehr langen Headern.",
        "Nach dem Update des Datenbanktreibers verliert der Connection-Pool Verbindungen.",
        "Lokal laufen die Tests durch, im CI scheitern sie an der Zeitzone.",
        "Kannst du das bei dir nachstellen? Die Schritte stehen im Ticket.",
    ],
    "fr": [
        "J'ai trouvé un bug bizarre dans le parseur : les dates avant 1970 reviennent à None.",
        "J'ai relu ta pull request, deux remarques sur la gestion des erreurs.",
        "Le build de cette nuit est encore rouge, sans doute un test instable.",
        "Voici la stack trace de prod, ça n'arrive qu'avec des en-têtes très longs.",
        "Depuis la mise à jour du driver, le pool de connexions fuit.",
        "Les tests passent en local mais échouent en CI à cause du fuseau horaire.",
        "J'ai mergé le correctif, reste à mettre à jour les notes de version.",
        "Tu arrives à reproduire chez toi ? Les étapes sont dans le ticket.",
    ],
    "it": [
        "Ho trovato un bug strano nel parser: le date prima del 1970 tornano None.",
        "Ho guardato la tua pull request, due commenti sulla gestione degli errori.",
        "La build notturna è di nuovo rossa, sembra un test instabile.",
        "Ecco lo stack trace di produzione, succede solo con intestazioni molto lunghe.",
        "Dopo l'aggiornamento del driver il pool di connessioni perde colpi.",
        "I test passano in locale ma falliscono in CI per il fuso orario.",
        "Ho fatto il merge della correzione, mancano le note di rilascio.",
        "Riesci a riprodurlo sulla tua macchina? I passi sono nel ticket.",
    ],
}

_TECH_DETAIL = [
    'Traceback (most recent call last):\n  File "parser.py", line {n}, in decode\n'
    "    return payload.decode(charset)\nLookupError: unknown encoding: x-unknown",
    "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGXRFWHRTb2Z0d2FyZQBBZG9iZQ==",
    "$ make test\n... {n} passed, 1 failed\nFAILED tests/test_mime.py::test_nested_boundary",
    "-    if line.startswith(boundary):\n+    if line.rstrip() == boundary:",
    'Content-Type: multipart/mixed; boundary="----=_Part_{ref}"',
    "SELECT count(*) FROM messages WHERE received_at < '1970-01-01';  -- returns {n}",
    "1. settings.png\n2. settings-dark.png\n3. settings-mobile.png",
    "Expected: 'Müller'\nGot:      'MÃ¼ller'",
    "git bisect says {ref}abc is the first bad commit.",
]

_TECH_CLOSE: LangBank = {
    "en": ["Any ideas?", "Thanks for your time!", "Cheers.", "Let me know what you think.", ""],
    "pt": ["Alguma ideia?", "Obrigado!", "Diz-me o que achas.", ""],
    "es": ["¿Alguna idea?", "¡Gracias!", "Dime qué opinas.", ""],
    "de": ["Irgendeine Idee?", "Danke!", "Was meinst du?", ""],
    "fr": ["Une idée ?", "Merci !", "Tu en penses quoi ?", ""],
    "it": ["Qualche idea?", "Grazie!", "Fammi sapere.", ""],
}

_TECH_SUBJECT = [
    "importer chokes on this one",
    "screenshots",
    "broken image",
    "date bug",
    "PR #{n} review",
    "nightly build failing",
    "stack trace",
    "connection pool leak",
    "charset detection",
    "Umlaute im Betreff",
    "linter rule",
    "reproducer",
    "nested digest example",
    "fixture",
    "benchmarks",
    "flaky test",
    "URL wrapping in HTML part",
    "regex compile cost",
    "bisect result",
    "[bug] header folding",
]


def _tech(ctx: _Ctx) -> tuple[Specimen, str]:
    s = ctx.slots
    body = _paragraphs(
        ctx.pick_any([f"{s['colleague']} -", f"Hi {s['colleague']},", "Hi,", "", "Hey,"]),
        " ".join(ctx.some(_TECH_OPEN, 1, 3)),
        ctx.fill(ctx.pick(_TECH_DETAIL)) if ctx.chance(0.6) else None,
        ctx.say(_TECH_CLOSE),
        s["first"] if ctx.chance(0.6) else None,
    )
    attachments = []
    if ctx.chance(0.35):
        name = ctx.pick_any(["up.gif", "arrow.gif", "logo.png", "trace.txt", "patch.diff"])
        kind = "image" if name.endswith((".gif", ".png")) else "txt"
        attachments.append(AttachmentSpec(filename=name, kind=kind, text="--- a\n+++ b\n"))
    spec = Specimen(
        label="other",
        other_kind="personal",
        language=ctx.lang,
        subject=ctx.fill(ctx.pick(_TECH_SUBJECT)),
        body=body,
        sender_name=s["full"] if ctx.chance(0.8) else "",
        sender_email=s["email"],
        difficulty="hard",
        attachments=attachments,
        may_quote_newsletter=False,
    )
    return spec, "tech"


# ---------------------------------------------------------------------------------------------
# test messages: what people send to see whether mail works

_TEST_BODY = [
    "test",
    "Test",
    "testing 1 2 3",
    "This is a test.",
    "test message, please ignore",
    "Test body",
    "Just testing the new mail client.",
    "Hello",
    "hello world",
    "Does this arrive?",
    "Teste",
    "teste de envio",
    "Isto é um teste.",
    "Prueba",
    "esto es una prueba",
    "prueba de correo",
    "Test, bitte ignorieren.",
    "Dies ist ein Test.",
    "Probe",
    "Ceci est un test.",
    "test, merci d'ignorer",
    "essai",
    "prova",
    "Questa è una prova.",
    "prova invio",
    "ping",
    "asdf",
    ".",
    "Test with attachment",
    "test 2",
    "Checking the signature settings.",
    "Sent from the new phone, test",
]

_TEST_SUBJECT = [
    "test",
    "Test",
    "Testing!",
    "test message",
    "test 2",
    "",
    "Hello",
    "hi",
    "Wow",
    "Teste",
    "Prueba",
    "Test - bitte ignorieren",
    "essai",
    "prova",
    "ping",
    "Test with attachment",
    "(no subject)",
    "photo",
    "Scan",
    "Scanned document",
    "IMG_{ref}",
    "fwd",
]

_SCAN_TEXT = [
    "Scanned by the office copier on {date} {time}. Pages: {n}.",
    "RECEIPT\nCafé Central\n2 x espresso 3.00\nTotal 3.00",
    "Parking ticket {ref}\nValid until {time}",
    "Delivery note {ref}\nItems: {n}\nSignature: ________",
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
    "Menu of the week: soup, pasta, fish, dessert.",
]


def _test_message(ctx: _Ctx) -> tuple[Specimen, str]:
    s = ctx.slots
    roll = ctx.rng.random()
    attachments: list[AttachmentSpec] = []
    if roll < 0.35:
        # an empty or near-empty body that only carries a file that is not a CV
        body = ctx.pick_any(["", "", "See attached.", "FYI", "Attached.", "Em anexo.", "Anbei."])
        name = ctx.fill(
            ctx.pick_any(
                [
                    "IMG_{ref}.jpg",
                    "photo.png",
                    "scan_{ref}.pdf",
                    "Scan_{date}.pdf",
                    "document.pdf",
                    "test.pdf",
                    "screenshot.png",
                    "menu.pdf",
                ]
            )
        ).replace("/", "-")
        kind = "pdf" if name.endswith(".pdf") else "image"
        text = ctx.fill(ctx.pick(_SCAN_TEXT)) if kind == "pdf" else ""
        attachments.append(AttachmentSpec(filename=name, kind=kind, text=text))
        shape = "attachment_only"
    else:
        body = ctx.pick(_TEST_BODY)
        if ctx.chance(0.3):
            body = _paragraphs(body, s["first"])
        shape = "test_body"
    spec = Specimen(
        label="other",
        other_kind="personal",
        language=ctx.lang,
        subject=ctx.fill(ctx.pick(_TEST_SUBJECT)),
        body=body,
        sender_name=ctx.pick_any([s["full"], s["first"], "", "me"]),
        sender_email=s["email"],
        difficulty="hard",
        attachments=attachments,
        may_quote_newsletter=False,
    )
    return spec, shape


# ---------------------------------------------------------------------------------------------
# one-liners between people who know each other

_ONE_LINER: LangBank = {
    "en": [
        "Wow",
        "Thanks!",
        "ok",
        "Got it, thanks.",
        "See you at {time}.",
        "Call me when you can.",
        "Running 10 min late, sorry!",
        "Can you send me the file again?",
        "Yes, Thursday works.",
        "Sounds good 👍",
        "Did you get my message?",
        "Perfect, thank you!",
        "haha amazing",
        "On my way.",
        "Sure, no problem.",
        "Nice one!",
        "Happy Friday!",
        "Congrats!!",
    ],
    "pt": [
        "Obrigado!",
        "ok",
        "Combinado.",
        "Liga-me quando puderes.",
        "Chego às {time}.",
        "Podes mandar o ficheiro outra vez?",
        "Recebeste a minha mensagem?",
        "Perfeito, obrigada!",
        "Vou a caminho.",
        "Boa!",
        "Parabéns!!",
    ],
    "es": [
        "¡Gracias!",
        "vale",
        "Hecho.",
        "Llámame cuando puedas.",
        "Llego a las {time}.",
        "¿Me mandas el archivo otra vez?",
        "¿Te llegó mi mensaje?",
        "¡Perfecto, gracias!",
        "Voy de camino.",
        "¡Qué bueno!",
        "¡¡Felicidades!!",
    ],
    "de": [
        "Danke!",
        "ok",
        "Passt.",
        "Ruf mich an, wenn du kannst.",
        "Bin um {time} da.",
        "Kannst du mir die Datei nochmal schicken?",
        "Hast du meine Nachricht bekommen?",
        "Super, danke!",
        "Bin unterwegs.",
        "Cool!",
        "Glückwunsch!!",
    ],
    "fr": [
        "Merci !",
        "ok",
        "Ça marche.",
        "Appelle-moi quand tu peux.",
        "J'arrive à {time}.",
        "Tu peux me renvoyer le fichier ?",
        "Tu as eu mon message ?",
        "Parfait, merci !",
        "J'arrive.",
        "Génial !",
        "Félicitations !!",
    ],
    "it": [
        "Grazie!",
        "ok",
        "Perfetto.",
        "Chiamami quando puoi.",
        "Arrivo alle {time}.",
        "Mi rimandi il file?",
        "Hai ricevuto il mio messaggio?",
        "Benissimo, grazie!",
        "Sto arrivando.",
        "Che bello!",
        "Complimenti!!",
    ],
}

_ONE_LINER_SUBJECT = ["", "", "Re: tomorrow", "Re: file", "hey", "Re: dinner", "quick q", "Re:"]


def _one_liner(ctx: _Ctx) -> tuple[Specimen, str]:
    s = ctx.slots
    line = ctx.say(_ONE_LINER)
    body = _paragraphs(line, s["first"] if ctx.chance(0.35) else None)
    spec = Specimen(
        label="other",
        other_kind="personal",
        language=ctx.lang,
        subject=ctx.pick_any([*_ONE_LINER_SUBJECT, line[:40]]),
        body=body,
        sender_name=s["full"] if ctx.chance(0.7) else s["first"],
        sender_email=s["email"],
        difficulty="hard",
        may_quote_newsletter=False,
    )
    return spec, "one_liner"


# ---------------------------------------------------------------------------------------------
# forwarded chains of someone else's business

_FORWARD_NOTE: LangBank = {
    "en": [
        "FYI, see below.",
        "Forwarding this, can you take a look?",
        "See the thread below, not sure what they want.",
        "Please file this.",
        "Is this ours?",
        "For your records.",
        "",
    ],
    "pt": ["Para conhecimento.", "Vê abaixo, por favor.", "Isto é connosco?", "Para arquivo.", ""],
    "es": ["Para tu información.", "Mira abajo, porfa.", "¿Esto es nuestro?", "Para archivar.", ""],
    "de": ["Zur Info.", "Siehe unten, bitte kurz prüfen.", "Betrifft das uns?", "Zur Ablage.", ""],
    "fr": [
        "Pour info.",
        "Voir ci-dessous, tu peux regarder ?",
        "C'est pour nous ?",
        "À classer.",
        "",
    ],
    "it": ["Per conoscenza.", "Vedi sotto, per favore.", "È roba nostra?", "Da archiviare.", ""],
}

_FORWARD_HEAD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject"),
    "pt": ("---------- Mensagem encaminhada ---------", "De", "Data", "Assunto"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet"),
    "it": ("---------- Messaggio inoltrato ---------", "Da", "Data", "Oggetto"),
}


def _forward(ctx: _Ctx) -> tuple[Specimen, str]:
    s = ctx.slots
    head, frm, date_label, subj = _FORWARD_HEAD[ctx.lang]
    inner_subject = ctx.say(_CHATTER_SUBJECT) or ctx.pick_any(["Order", "Update", "Question"])
    inner_sender = f"{s['colleague_full']} <{_ascii(s['colleague'])}@{s['firm_domain']}>"
    if ctx.chance(0.4):
        inner_subject = ctx.say(_LETTER_SUBJECT)
        inner = _letter_text(ctx)
    else:
        inner = _paragraphs(
            ctx.say(_GREETING),
            " ".join(ctx.some(_CHATTER, 1, 2)),
            ctx.say(_CHATTER_ASK),
            s["colleague"],
        )
    block = f"{head}\n{frm}: {inner_sender}\n{date_label}: {s['date']}\n{subj}: {inner_subject}"
    body = _paragraphs(ctx.say(_FORWARD_NOTE), block, inner)
    prefix = ctx.pick_any(["Fwd: ", "FW: ", "I: ", "WG: ", "TR: ", "RV: ", "ENC: "])
    spec = Specimen(
        label="other",
        other_kind="personal",
        language=ctx.lang,
        subject=prefix + inner_subject,
        body=body,
        sender_name=s["full"],
        sender_email=s["email"],
        difficulty="hard",
        may_quote_newsletter=False,
    )
    return spec, "forward"


# ---------------------------------------------------------------------------------------------
# bulletins and newsletters nobody here asked about

_BULLETIN_SENDERS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("Met Office Alerts", "alerts@weather-service.example.org"),
        ("Riverside Primary School", "office@riverside-primary.example.org"),
        ("Greenfield Tennis Club", "secretary@greenfieldtennis.example.org"),
        ("City Council News", "news@citycouncil.example.gov"),
        ("Partner Portal", "partners@hardware-vendor.example.com"),
    ],
    "pt": [
        ("IPMA Avisos", "avisos@meteo.example.pt"),
        ("Escola Básica do Bairro", "secretaria@escola-bairro.example.pt"),
        ("Clube de Ténis de Cascais", "geral@ctcascais.example.pt"),
        ("Junta de Freguesia", "noticias@junta.example.pt"),
    ],
    "es": [
        ("AEMET Avisos", "avisos@meteo.example.es"),
        ("Colegio San José", "secretaria@colegiosanjose.example.es"),
        ("Club de Pádel Norte", "info@padelnorte.example.es"),
        ("Ayuntamiento Informa", "informa@ayuntamiento.example.es"),
    ],
    "de": [
        ("DWD Unwetterwarnungen", "warnungen@wetter.example.de"),
        ("Grundschule am Park", "sekretariat@gs-park.example.de"),
        ("TSV Sportverein", "vorstand@tsv.example.de"),
        ("Stadtverwaltung aktuell", "presse@stadt.example.de"),
    ],
    "fr": [
        ("Météo Alertes", "alertes@meteo.example.fr"),
        ("École Jules Ferry", "secretariat@ecole-ferry.example.fr"),
        ("Club de Voile du Lac", "bureau@voile-lac.example.fr"),
        ("La Lettre de la Mairie", "lettre@mairie.example.fr"),
    ],
    "it": [
        ("Centro Funzionale Meteo", "bollettino@meteo.example.it"),
        ("Istituto Comprensivo Manzoni", "segreteria@icmanzoni.example.it"),
        ("Circolo Tennis Riviera", "segreteria@ctriviera.example.it"),
        ("Comune Informa", "informa@comune.example.it"),
        ("Portale Partner", "partner@fornitore-hardware.example.it"),
    ],
}

_BULLETIN: LangBank = {
    "en": [
        "Weather bulletin for {date}: morning fog in the valleys, highs of {temp}°C, wind from "
        "the north-west.",
        "Yellow warning for heavy rain from {time} tonight until noon tomorrow.",
        "Snow is expected above 1,200 metres; chains are mandatory on mountain passes.",
        "Parents' evening is on {date} at {time} in the main hall.",
        "The school will be closed on Monday for staff training.",
        "Club news: the summer tournament draw is out, matches start on {date}.",
        "Court 3 is closed for resurfacing until further notice.",
        "The annual general meeting will be held on {date}; the agenda is attached.",
        "Bin collection moves to Wednesday during the holiday week.",
        "Roadworks on the High Street will last {n} weeks.",
        "Important: models from the previous generation are now included in the trade-in "
        "campaign. Contact your distributor for details.",
        "Price list update: list prices change by {pct}% from {date}.",
        "Lost property: a blue jacket and a water bottle were left in the changing rooms.",
        "Volunteers needed for the bake sale on Saturday morning.",
        "Temperatures tonight between {temp}°C and {temp2}°C, clear skies in the south.",
        "Pollen count high; air quality moderate.",
    ],
    "pt": [
        "Boletim meteorológico de {date}: nevoeiro matinal, máximas de {temp}°C.",
        "Aviso amarelo de chuva forte a partir das {time}.",
        "A reunião de pais é no dia {date} às {time}, no ginásio.",
        "A escola estará fechada na segunda-feira para formação dos professores.",
        "Notícias do clube: o sorteio do torneio de verão já saiu.",
        "O campo 3 está fechado para obras até nova ordem.",
        "A assembleia geral realiza-se a {date}; a ordem de trabalhos segue em anexo.",
        "A recolha do lixo passa para quarta-feira na semana do feriado.",
        "Obras na rua principal durante {n} semanas.",
        "Temperaturas esta noite entre {temp}°C e {temp2}°C.",
    ],
    "es": [
        "Boletín meteorológico del {date}: nieblas matinales, máximas de {temp}°C.",
        "Aviso amarillo por lluvias intensas desde las {time}.",
        "La reunión de padres es el {date} a las {time} en el salón de actos.",
        "El colegio cerrará el lunes por formación del profesorado.",
        "Noticias del club: ya está el cuadro del torneo de verano.",
        "La pista 3 queda cerrada por obras hasta nuevo aviso.",
        "La asamblea general será el {date}; adjuntamos el orden del día.",
        "La recogida de basura pasa al miércoles la semana del festivo.",
        "Obras en la calle Mayor durante {n} semanas.",
        "Temperaturas esta noche entre {temp}°C y {temp2}°C.",
    ],
    "de": [
        "Wetterbericht für den {date}: Nebel in den Tälern, Höchstwerte um {temp}°C.",
        "Amtliche Warnung vor Starkregen ab {time} Uhr.",
        "Der Elternabend findet am {date} um {time} Uhr in der Aula statt.",
        "Die Schule bleibt am Montag wegen einer Fortbildung geschlossen.",
        "Vereinsnews: Die Auslosung für das Sommerturnier ist online.",
        "Platz 3 ist bis auf Weiteres wegen Sanierung gesperrt.",
        "Die Jahreshauptversammlung findet am {date} statt; die Tagesordnung hängt an.",
        "Die Müllabfuhr verschiebt sich in der Feiertagswoche auf Mittwoch.",
        "Baustelle in der Hauptstraße für {n} Wochen.",
        "Tiefstwerte heute Nacht zwischen {temp}°C und {temp2}°C.",
    ],
    "fr": [
        "Bulletin météo du {date} : brouillards matinaux, maximales de {temp}°C.",
        "Vigilance jaune pluie-inondation à partir de {time}.",
        "La réunion parents-professeurs a lieu le {date} à {time} au préau.",
        "L'école sera fermée lundi pour formation des enseignants.",
        "Nouvelles du club : le tableau du tournoi d'été est en ligne.",
        "Le court 3 est fermé pour travaux jusqu'à nouvel ordre.",
        "L'assemblée générale aura lieu le {date} ; l'ordre du jour est en pièce jointe.",
        "Le ramassage des ordures passe au mercredi la semaine du férié.",
        "Travaux rue principale pendant {n} semaines.",
        "Températures cette nuit entre {temp}°C et {temp2}°C.",
    ],
    "it": [
        "Bollettino meteorologico del {date}: nebbie nelle valli, massime di {temp}°C.",
        "Allerta gialla per piogge intense dalle {time}.",
        "Previsioni per domani: cielo sereno al mattino, annuvolamenti nel pomeriggio sui "
        "rilievi, venti deboli da nord.",
        "Il colloquio con i genitori è il {date} alle {time} in aula magna.",
        "La scuola resterà chiusa lunedì per la formazione dei docenti.",
        "Notizie dal circolo: il tabellone del torneo estivo è online.",
        "Il campo 3 è chiuso per lavori fino a nuovo avviso.",
        "L'assemblea dei soci si terrà il {date}; in allegato l'ordine del giorno.",
        "Cari rivenditori, da lunedì la campagna di permuta vale anche per i modelli della "
        "generazione precedente, fino al {date}.",
        "Aggiornamento listino: i prezzi cambiano del {pct}% dal {date}.",
        "La raccolta rifiuti si sposta a mercoledì nella settimana festiva.",
        "Temperature minime stanotte tra {temp}°C e {temp2}°C.",
        "Protezione civile regionale: aggiornamento delle ore {time}.",
    ],
}

_BULLETIN_SUBJECT: LangBank = {
    "en": ["Weather bulletin {date}", "Newsletter - {date}", "Club news", "IMPORTANT: price list"],
    "pt": ["Boletim meteorológico {date}", "Newsletter da escola", "Notícias do clube", "Aviso"],
    "es": ["Boletín meteorológico {date}", "Circular del colegio", "Noticias del club", "Aviso"],
    "de": ["Wetterbericht {date}", "Elternbrief", "Vereinsnews", "WICHTIG: Preisliste"],
    "fr": ["Bulletin météo {date}", "Lettre aux parents", "Nouvelles du club", "Avis"],
    "it": [
        "Previsioni meteo per il {date}",
        "Circolare ai genitori",
        "Notizie dal circolo",
        "IMPORTANTE: nuovo listino",
        "Comunicazione ai partner",
    ],
}


def _bulletin(ctx: _Ctx) -> tuple[Specimen, str]:
    name, address = ctx.pick_any(_BULLETIN_SENDERS[ctx.lang])
    items = ctx.some(_BULLETIN, 2, 4)
    body = _paragraphs(
        name.upper() if ctx.chance(0.3) else None,
        "\n\n".join(("- " if ctx.chance(0.4) else "") + item for item in items),
        ctx.say(_NOTIFY_FOOTER) if ctx.chance(0.4) else None,
    )
    headers: dict[str, str] = {}
    if ctx.chance(0.6):
        domain = address.split("@")[1]
        headers["List-Id"] = f"{name} <news.{domain}>"
        headers["List-Unsubscribe"] = f"<mailto:unsubscribe@{domain}>"
    if ctx.chance(0.4):
        headers["Precedence"] = "bulk"
    spec = Specimen(
        label="other",
        other_kind="mailing_list",
        language=ctx.lang,
        subject=ctx.say(_BULLETIN_SUBJECT),
        body=body,
        sender_name=name,
        sender_email=address,
        difficulty="easy" if headers else "hard",
        must_not_autoreply=True,
        headers=headers,
        may_quote_newsletter=False,
    )
    return spec, "bulletin"


# ---------------------------------------------------------------------------------------------
# unsolicited bulk mail, in more styles and languages than others.py's

_SPAM: LangBank = {
    "en": [
        "Our flight simulator puts you in the cockpit of a 747, right from your desk!",
        "Want more visitors? Our SEO link network puts your website on page one in 30 days.",
        "Cheap meds without prescription, discreet shipping worldwide.",
        "Hot singles in your area want to meet you tonight.",
        "Lose 10 kg in 2 weeks with this one weird trick doctors hate.",
        "Your PC may be infected! Download the free scanner now.",
        "Replica watches at 90% off, only this weekend.",
        "Refinance your mortgage at the lowest rate ever, no credit check.",
        "You have been selected for a free cruise to the Bahamas. Claim before midnight!",
        "Work from home and earn $5,000 a week stuffing envelopes.",
    ],
    "pt": [
        "Poupe até {pct}% na sua fatura da luz! Simule já, sem compromisso.",
        "Medicamentos sem receita com entrega discreta.",
        "Ganhe dinheiro a partir de casa, sem experiência necessária!",
        "Parabéns! Ganhou um smartphone. Clique para receber.",
        "Crédito rápido sem burocracia, aprovação em 24 horas.",
    ],
    "es": [
        "Rebaje su factura eléctrica hasta un {pct}% cambiando de compañía.",
        "Medicamentos sin receta, envío discreto.",
        "¡Felicidades! Ha ganado un iPhone. Reclámelo ahora.",
        "Préstamos rápidos sin aval, respuesta en 24 horas.",
        "Adelgace 10 kilos en 2 semanas con este truco.",
    ],
    "de": [
        "Sparen Sie bis zu {pct}% bei Ihrer Stromrechnung! Jetzt wechseln.",
        "Potenzmittel ohne Rezept, diskreter Versand.",
        "Herzlichen Glückwunsch! Sie haben ein Tablet gewonnen.",
        "Kredit ohne Schufa, Auszahlung in 24 Stunden.",
        "Verdienen Sie 5.000 € im Monat von zu Hause.",
    ],
    "fr": [
        "Économisez jusqu'à {pct}% sur votre facture d'électricité !",
        "Médicaments sans ordonnance, livraison discrète.",
        "Félicitations ! Vous avez gagné une tablette.",
        "Crédit rapide sans justificatif, réponse en 24 h.",
        "Perdez 10 kilos en 2 semaines grâce à cette astuce.",
    ],
    "it": [
        "Risparmia fino al {pct}% sulla bolletta della luce! Confronta le offerte.",
        "Farmaci senza ricetta, spedizione discreta.",
        "Complimenti! Hai vinto uno smartphone. Clicca per riceverlo.",
        "Prestiti veloci senza garanzie, risposta in 24 ore.",
        "Perdi 10 chili in 2 settimane con questo trucco.",
        "Offerta imperdibile: vacanze in Sardegna a metà prezzo.",
    ],
}

_SPAM_SUBJECT: LangBank = {
    "en": ["Be a pilot today!!", "Page one on Google", "RE: your order", "FREE cruise", "$$$"],
    "pt": ["Poupe na luz", "Ganhou!", "Crédito já", "Última oportunidade"],
    "es": ["Factura eléctrica más barata", "¡Ha ganado!", "Préstamo ya", "Última oportunidad"],
    "de": ["Strom sparen", "Gewonnen!", "Kredit sofort", "Letzte Chance"],
    "fr": ["Électricité moins chère", "Gagné !", "Crédit immédiat", "Dernière chance"],
    "it": ["Risparmia sulla luce", "Hai vinto!", "Prestito subito", "Ultima occasione"],
}

_SPAM_DOMAINS = [
    "promo-mail.example.biz",
    "offers.example.info",
    "mkt.example.top",
    "bulk.example.cn",
]


def _spam(ctx: _Ctx) -> tuple[Specimen, str]:
    s = ctx.slots
    domain = ctx.pick_any(_SPAM_DOMAINS)
    lines = ctx.some(_SPAM, 1, 2)
    link = f"http://{domain}/{ctx.pick_any(['offer', 'go', 'win', 'promo'])}?id={s['ref']}"
    body = _paragraphs(
        ctx.pick_any(["", "Dear Friend,", "Hello,", "Gentile cliente,", "Estimado cliente:"]),
        "\n\n".join(lines),
        link,
        ctx.pick_any(["", "To unsubscribe reply REMOVE.", "Cancellati qui.", "Darse de baja."]),
    )
    headers = {"X-Mailer": ctx.pick_any(["Bulk Mailer 3.2", "MassMail Pro", "PHPMailer 5.2"])}
    if ctx.chance(0.3):
        headers["Precedence"] = "bulk"
    spec = Specimen(
        label="other",
        other_kind="spam",
        language=ctx.lang,
        subject=ctx.say(_SPAM_SUBJECT),
        body=body,
        sender_name=ctx.pick_any(["Special Offers", "Promo", s["full"], "Servizio Clienti"]),
        sender_email=f"{_ascii(s['first'])}{ctx.rng.randint(10, 999)}@{domain}",
        must_not_autoreply=True,
        headers=headers,
        may_quote_newsletter=False,
    )
    return spec, "spam"


# ---------------------------------------------------------------------------------------------
# the stream

_MAKERS: dict[str, Callable[[_Ctx], tuple[Specimen, str]]] = {
    "chatter": _chatter,
    "letter": _letter,
    "notification": _notification,
    "tech": _tech,
    "test_message": _test_message,
    "one_liner": _one_liner,
    "forward": _forward,
    "bulletin": _bulletin,
    "spam": _spam,
}


def make_specimen(rng: random.Random, split: str, shape: str, language: str) -> Specimen:
    """One specimen of `shape` written in `language` ("it" is tagged "en" in the manifest)."""
    ctx = _Ctx(rng, split, language)
    _fill_slots(ctx)
    specimen, detail = _MAKERS[shape](ctx)
    specimen.split = split
    specimen.notes = f"business/{shape} shape={detail} lang={language}"
    if language == "it":
        specimen.language = "en"
    return specimen


def specimens(rng: random.Random, split: str) -> Iterator[Specimen]:
    """An endless stream of varied business/"not for the newsletter" specimens (label other).

    `split` is "train" or "dev" (anything else draws from every bank). Bodies already yielded
    are skipped while the banks still give new ones.
    """
    seen: set[str] = set()
    misses = 0
    while True:
        shape = rng.choices(SHAPES, weights=SHAPE_WEIGHTS)[0]
        specimen = make_specimen(rng, split, shape, _pick_language(rng))
        if specimen.body in seen and misses < 50:
            misses += 1
            continue
        misses = 0
        seen.add(specimen.body)
        yield specimen
