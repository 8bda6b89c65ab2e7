-- Module parties: the local asset register (formuesgoder), a stand-in for the registers the collection authority
-- checks before enforcement (source document 001: "systemer for å sjekke formuesgoder"): the land register
-- (grunnboken, matrikkel numbers), bank accounts, the central securities depository (VPS accounts), the vehicle
-- register (reg.nr) and boat registers, and other movables known from the tax return.
create table formuesgode (
    art           varchar(20)  not null check (art in ('FAST_EIENDOM', 'BANKKONTO', 'VERDIPAPIR', 'KJOERETOEY', 'BAAT', 'ANNET_LOESOERE')),
    identifikator varchar(64)  not null,
    eier          varchar(11)  not null,
    beskrivelse   varchar(200) not null,
    antatt_verdi_ore bigint    not null default 0 check (antatt_verdi_ore >= 0),
    primary key (art, identifikator)
);
create index formuesgode_eier on formuesgode (eier);
comment on table formuesgode is 'Local asset register (stand-in for grunnboken, banks, VPS, the vehicle and boat registers): one row per asset with its registered owner';
comment on column formuesgode.art is 'Kind of asset: FAST_EIENDOM, BANKKONTO, VERDIPAPIR, KJOERETOEY, BAAT, ANNET_LOESOERE';
comment on column formuesgode.identifikator is 'The asset''s identifier in its register, normalised (matrikkel kommunenr-gnr/bnr[/fnr[/snr]], 11-digit account, 12-digit VPS account, reg.nr without space, boat reg.nr without space, serial number)';
comment on column formuesgode.eier is 'Registered owner: fødselsnummer/d-nummer or organisasjonsnummer';
comment on column formuesgode.beskrivelse is 'What the asset is, in Norwegian, as the register describes it';
comment on column formuesgode.antatt_verdi_ore is 'Estimated value in øre (tax value or balance as last reported); 0 when unknown';
