-- Module parties: the local stand-ins for the external registers (Folkeregisteret, Enhetsregisteret).
-- In production these are ports to the real registers; here they are tables holding a synthetic population.

create table register_person (
    foedselsnummer char(11) primary key,
    navn           text     not null,
    status         text     not null check (status in ('BOSATT', 'DOED', 'SLETTET')),
    doedsdato      date
);
comment on table register_person is 'Local population register (stand-in for Folkeregisteret): synthetic persons only.';
comment on column register_person.foedselsnummer is 'Fødselsnummer or d-nummer, 11 digits with valid mod-11 check digits.';
comment on column register_person.status is 'BOSATT: alive; DOED: dead; SLETTET: deleted because of an error in the register.';

create table register_enhet (
    organisasjonsnummer char(9) primary key,
    navn                text    not null,
    status              text    not null check (status in ('AKTIV', 'OPPHOERT', 'SLETTET')),
    hovedenhet          char(9)
);
comment on table register_enhet is 'Local business register (stand-in for Enhetsregisteret): synthetic organisations only.';
comment on column register_enhet.status is 'AKTIV; OPPHOERT: dissolved; SLETTET: deleted because of an error in the register.';
comment on column register_enhet.hovedenhet is 'Set for a sub-unit (underenhet): the main unit that is the legal party.';
