<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Satchel::Cli::Main</name>
    <message>
        <source>Usage: satchel-cli [--wallet PATH] [--json] [--offline] [--now ISO] COMMAND [ARGS...]</source>
        <translation>Usage : satchel-cli [--wallet CHEMIN] [--json] [--offline] [--now ISO] COMMANDE [ARGUMENTS...]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run 'satchel-cli COMMAND --help' for the options of one command.</source>
        <translation>Lancez « satchel-cli COMMANDE --help » pour les options d’une commande.</translation>
    </message>
    <message>
        <source>--wallet needs a path</source>
        <translation>--wallet attend un chemin</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 date and time</source>
        <translation>--now attend une date et une heure ISO 8601</translation>
    </message>
    <message>
        <source>Not an ISO 8601 date and time: %1</source>
        <translation>Ce n’est pas une date et une heure ISO 8601 : %1</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Option inconnue : %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <source>Usage: satchel-cli [--wallet PATH] [--json] %1</source>
        <translation>Usage : satchel-cli [--wallet CHEMIN] [--json] %1</translation>
    </message>
</context>
</TS>
