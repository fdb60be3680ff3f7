// Épisode 3 — Premiers résultats (semaines 1 à 8, février-mars 2016).
// La première phase de la simulation tourne sur la ligne #sim:phase1 : les variables p1_* contiennent
// les chiffres du modèle à partir de la ligne suivante. Jamais de résultat écrit en dur ; seuils dans les conditions seulement.
// Seuils de la plateforme (CALIBRATION.md) : examen à 5 % de bounces ou 0,1 % de plaintes, suspension à 10 % / 0,5 %.

=== ep3_first_results ===
#episode:3
#scene:alice_desk #music:office #sfx:keyboard
Première semaine de février. La campagne est partie, et je suis à mon bureau à huit heures, le manteau encore sur le dos.
J'ouvre le tableau de bord de la plateforme d'emailing comme on arrache un pansement : d'un coup, les yeux mi-clos. #prop:dashboard #sim:phase1
-> first_days

= first_days
{
- launch == "launch_blast":
    Tout est parti lundi, d'un seul coup : le mailing, les tweets, les posts, les bannières. Tout le feu d'artifice, allumé avec la même allumette.
- launch == "launch_segmented":
    Trois mailings sont partis lundi, un par segment, à une heure d'intervalle. Trois landing pages, trois fois les doigts croisés.
- else:
    Pour l'instant, seul l'échantillon de test est parti : deux objets, deux formulaires, une tranche de la base. Le reste attend son tour, et moi avec.
}
{
- p1_hard_bounce >= 5:
    À dix heures, ma boîte de réception est un mur d'avis d'échec. Non distribuable. Adresse inconnue. Boîte aux lettres inexistante. #sfx:notif_ping
    Je les supprime par paquets de cinquante. Ils repoussent plus vite que je ne les arrache, comme du chiendent avec une connexion Internet.
    {list == "list_buy_merge":
        La base « hyper ciblée », apparemment, ciblait surtout des gens partis depuis des années. Un des bounces vient d'un régiment dissous.
    }
- p1_hard_bounce >= 2:
    Les bounces tombent en petite pluie fine : non distribuable, adresse inconnue, destinataire introuvable. #sfx:notif_ping
    Pas le déluge. Juste de quoi me rappeler, tous les quarts d'heure, qu'une base de contacts vieillit comme le lait, pas comme le vin.
- else:
    Une poignée de bounces. Je dois carrément aller les chercher. #sfx:notif_ping
    {list == "list_none":
        Toutes ces soirées à nettoyer ma propre base ont payé. J'en suis presque déçue : je m'étais préparée au drame.
    }
    {list == "list_buy_verify":
        Tester un échantillon de la base du vendeur m'avait paru d'une lenteur exaspérante en janvier. Ce matin, c'est la chose la plus maligne que j'aie faite de l'année. Bon, on n'est qu'en février.
    }
}
Puis arrivent les réponses automatiques. Ce sont les vacances de février, et la moitié des décideurs de France est sur une piste de ski. #sfx:notif_ping
« Absent jusqu'au 22, accès limité à mes mails. » « En mission, pas d'accès à ma messagerie. » « Cette adresse n'est plus consultée. »
Un monsieur me répond en personne pour savoir si on fait un forfait famille avec data illimitée pour ses ados.
{
- content == "content_wp_everyone":
    Une autre, très polie, demande pourquoi une fleuriste aurait besoin de sécuriser des terminaux mobiles dans la Défense. Je n'ai pas de réponse qui tienne dans un mail poli.
- content == "content_wp_targeted":
    Un responsable sécurité d'un ministère répond d'un seul mot, « Intéressant », suivi d'une question pointue sur Android. Je l'imprime. Je vais peut-être l'encadrer.
- else:
    Une DSI d'hôpital répond à la version santé : c'est le premier mail de fournisseur de l'année qui parle sa langue. Je le relis trois fois.
}
{p1_complaints >= 0.1:
    Et puis il y a les autres réponses. « Qui vous a donné mon adresse ? » « Retirez-moi IMMÉDIATEMENT. » Une en majuscules, qui menace de nous signaler à la CNIL. #sfx:sting_bad
    Chacun d'eux a aussi cliqué sur le petit bouton « signaler comme spam », j'en mettrais ma prime à couper. Et la plateforme compte chaque clic.
}
-> platform

= platform
{
- p1_suspended:
    Deuxième semaine. Jeudi, la deuxième vague est programmée pour dix heures. À neuf heures douze, un mail de la plateforme tombe. #sfx:sting_bad #music:tension
    Objet : « Votre compte a été suspendu. »
    Bounces, {pct(p1_bounce)}. Plaintes, {pct(p1_complaints)}. Très au-delà de ce qu'ils tolèrent. Tous les envois sont bloqués, avec effet immédiat, en attendant examen.
    Je le lis deux fois. Je rafraîchis la page, comme si un F5 pouvait casser un verdict.
    La deuxième vague ne part pas. La relance non plus. Plus rien ne part. Un groupe à trois milliards de chiffre d'affaires, muselé comme un vendeur de pilules miracles.
    Le support m'offre vingt minutes de musique d'attente, puis une voix très gentille m'explique la réputation d'expéditeur comme si j'avais six ans.
    Pour rouvrir, je dois envoyer un plan de remédiation : d'où viennent mes adresses, et comment je vais les nettoyer.
    {list == "list_buy_merge":
        D'où viennent mes adresses. D'un monsieur au téléphone avec un prix spécial jusqu'à vendredi. Pas sûre que ça ait sa place dans un plan de remédiation.
    }
- p1_review:
    Deuxième semaine. Un mail de la plateforme, d'un gris courtois : « Votre compte fait l'objet d'un examen. » #sfx:notif_ping #music:tension
    Bounces, {pct(p1_bounce)}. Plaintes, {pct(p1_complaints)}. « Si ces taux ne s'améliorent pas, nous pourrions être amenés à suspendre vos envois. »
    Carton jaune. Rien n'est bloqué, mais désormais chaque campagne part avec quelqu'un qui lit par-dessus mon épaule.
    Je ralentis la vague suivante et je retire toutes les adresses qui ont rebondi. L'impression d'écoper un bateau avec une petite cuillère.
- else:
    Le seul mail que je reçois de la plateforme en février, c'est sa newsletter : « Cinq astuces pour booster vos taux d'ouverture ». Je la laisse se booster toute seule.
    Ni avertissement, ni examen. Ma réputation d'expéditeur est impeccable. Au moins une de mes réputations l'est.
}
-> sms

= sms
Troisième semaine. Mon téléphone vibre et glisse sur le bureau. #sfx:phone_buzz #prop:sms
aurelie: Coucou !! Alor il march cmt MON livre blan ?? Philippe me demand tt les matins a la machine a café. L'armé la lu ou koi mdr #prop:sms
{content == "content_adapt":
    aurelie: Ps il boude tjr pcq t'as viré c schémas de la version santé #prop:sms
}
* [Lui dire la vérité, chiffres compris. #id:results_sms_truth]
    {
    - p1_suspended || p1_review || p1_hard_bounce >= 5:
        alice: franchement ? je me prends des murs et la plateforme me surveille. dis à philippe que l'armée est bien protégée. même contre nous. #prop:sms
        aurelie: Oh nonnn :( Ok chocolat a 16h ds mon bureau. Je dirai a Philippe ke c un succè lent #prop:sms
    - p1_raw >= p1_accepted * 10:
        alice: franchement ? plein de téléchargements, presque pas de vrais leads. dis à philippe que le pdf a du succès. auprès de qui, mystère #prop:sms
        aurelie: Du succè c bien non ?? Bon ok peut-être pa. Café a 16h, j'apporte d gâteaux #prop:sms
    - else:
        alice: franchement ? ça commence à marcher. le dis pas trop fort, ça pourrait t'entendre #prop:sms
        aurelie: OUAIIIS je le savè !! Je le di a Philippe, il va être insupportable pdt une semaine #prop:sms
    }
* [Faire bonne figure. C'est quand même elle qui l'a écrit. #id:results_sms_smile]
    alice: ça cartonne !! philippe peut être fier. café la semaine pro ? #prop:sms
    Je fixe le téléphone comme s'il allait me traiter de menteuse.
    aurelie: Youpiii !!! Il va être tro content. Il veu déjà écrire une suite #prop:sms
    Une suite. Je retourne le téléphone face contre le bureau, doucement, comme un objet qui pourrait exploser.
- Encore cinq semaines avant que les chiffres veuillent dire quelque chose. Je me le répète tous les matins. #prop:none
Cinquième semaine. Philippe passe à mon bureau, pour la première fois de sa vie, une feuille imprimée brandie comme un trophée. #char:philippe:happy
{
- content == "content_wp_everyone":
    philippe: Quelqu'un a cité notre livre blanc sur un forum. Un forum de pêche à la mouche, d'accord, mais quand même. Tu vois ? Ça intéresse tout le monde.
- content == "content_wp_targeted":
    philippe: Un colonel nous a cités dans une conférence. Je ne comprends toujours pas pourquoi tu ne l'as envoyé qu'aux ministères. Ça intéresse tout le monde.
- else:
    philippe: À propos de la version santé. Mon schéma sur les conteneurs chiffrés. Page douze. Il était porteur, ce schéma. #char:philippe:worried
}
Je hoche la tête comme on hoche la tête devant un touriste qui demande son chemin dans une langue qu'on ne parle pas. Il repart content. Au moins un de nous deux. #exit:philippe
-> war_room

= war_room
Vendredi 1er avril. Huitième semaine. Aujourd'hui, les chiffres cessent d'être des anecdotes. #scene:war_room #music:tension #prop:dashboard
La war room, c'est une salle de réunion avec un grand écran et un yucca que personne n'arrose. Ce matin, l'écran est à moi.
Emails envoyés : {fmt(p1_sent)}. Arrivés en boîte de réception plutôt qu'en spams : {pct(p1_inbox)}. Ouverts : {pct(p1_open)} des mails délivrés.
{
- p1_inbox < 75:
    Autrement dit, au moins un mail sur quatre a fini directement en spam, là où personne ne va jamais. J'ai crié dans un placard.
- else:
    La plupart arrivent là où ils doivent. Quoi qu'il se soit passé ensuite, en bien ou en mal, le courrier a été distribué.
}
{
- launch == "launch_blast":
    Un mailing, une landing page, toute la base, tous les réseaux, des bannières partout. À l'écran, ma campagne ressemble à un tapis de bombes.
- launch == "launch_segmented":
    Un mailing par segment, une landing page pour chacun, LinkedIn braqué sur mes cibles, quelques médias triés sur le volet. À l'écran, chaque segment a sa petite courbe, et elles ne se ressemblent pas.
- else:
    Le test A/B a mangé les deux premières semaines : l'objet B a battu l'objet A, le formulaire court a battu le long. Puis les gagnants sont partis à tout le monde. Démarrage plus lent, courbe plus propre.
}
{
- plan == "plan_analyse":
    Le budget que j'ai déplacé en janvier vers les canaux qui avaient marché en 2015 est à l'écran aussi. Certains paris ont payé, d'autres non. Au moins, je sais lesquels.
- plan == "plan_target":
    Ma liste de comptes cibles, construite à partir des données clients et des signaux du marché, a sa propre colonne. Cécile l'appelle « ton truc de big data ». Moi, je l'appelle mon espoir.
- else:
    Toutes les actions de 2015, revues à la hausse, sont à l'écran, chacune sa ligne. La réservation du salon de mai y est aussi, déjà payée.
}
Téléchargements du livre blanc : {fmt(p1_raw)}. Un beau gros chiffre, avec une belle flèche verte à côté.
Leads qui ressemblent à une vraie entreprise avec un vrai besoin : {fmt(p1_qualified)}. Leads acceptés par les commerciaux, les seuls que compte le Président : {fmt(p1_accepted)}.
{
- p1_raw >= p1_accepted * 10:
    Moins d'un téléchargement sur dix a fini en lead accepté par les commerciaux. Le reste : des étudiants, des concurrents, des candidats à l'embauche et des gens qui collectionnent les PDF comme d'autres les magnets de frigo.
- else:
    L'entonnoir se resserre, comme tout entonnoir, mais il ne tombe pas d'une falaise. Pour une fois, les téléchargements et les leads ont l'air d'être de la même famille.
}
Dépensé à ce jour : {eur(p1_spend)}. Clics sur les bannières : {fmt(p1_banner_clicks)}.
{launch == "launch_blast":
    J'aimerais bien rencontrer les gens qui ont cliqué sur mes bannières. Je soupçonne qu'une bonne partie, c'était moi, pour vérifier qu'elles étaient en ligne.
}
Pour être dans les temps de l'objectif semestriel à la huitième semaine, il me faut {fmt(p1_pace)} leads acceptés.
{
- p1_accepted >= p1_pace:
    J'y suis. J'y suis vraiment. #sfx:sting_good #music:resolution
    Je vérifie la formule deux fois, puis une troisième : on est le 1er avril, et dans ce métier une bonne nouvelle veut souvent dire une formule cassée.
    La formule est juste. Pendant une dizaine de minutes, je me sens plus légère que depuis janvier.
    Puis l'autre moitié de mon cerveau se racle la gorge. Huit semaines sur vingt-six. Les contacts les plus mûrs répondent en premier ; ceux qui restent sont les plus durs.
    Et l'objectif porte sur le semestre, pas sur le mois de mars. Personne n'a jamais eu de médaille pour un bon premier tour de piste.
- else:
    Je n'y suis pas. J'aimerais tellement que ce soit un poisson d'avril. Ce n'en est pas un. #sfx:sting_bad
    {p1_accepted * 2 < p1_pace:
        Même pas la moitié. Je fixe l'écart jusqu'à ce qu'il cesse de ressembler à un écart et se mette à ressembler à un canyon.
    }
    {
    - plan == "plan_scale_all" || launch == "launch_blast":
        J'ai fait tout ce qu'il y avait dans le plan, et plus encore. Tous les curseurs poussés à fond. Et l'aiguille qui part dans l'autre sens.
        Plus je lance d'actions, moins j'ai de leads. C'est la cata, et c'est une cata que j'ai payée.
    - else:
        Et pourtant j'ai fait les choses avec soin. Des heures de réflexion, rien de laissé au hasard, du moins je le croyais. Je suis quand même en retard. C'est presque pire : pas de coupable facile.
    }
}
-> cecile

= cecile
La porte s'ouvre sans qu'on frappe. Cécile, son téléphone à la main comme un objet qui pourrait partir tout seul. #char:cecile:tense
cecile: Le Président m'a demandé les chiffres ce matin. Alors ?
{
- answer == "answer_bravado":
    cecile: En janvier, tu m'as dit que tu allais tout faire pour que ça marche. Alors, est-ce que tout marche ? #char:cecile:neutral
    Elle s'en souvient. Évidemment qu'elle s'en souvient. J'espérais que la phrase se serait dissoute quelque part entre janvier et avril.
    Je lui déroule l'écran de haut en bas. J'ai des totaux. Ce qui me manque, c'est l'histoire de comment on en est arrivés là, semaine après semaine.
- else:
    cecile: En janvier, tu m'as dit que tu ne pouvais pas savoir, que tu mesurerais chaque semaine et que tu corrigerais. Donc tu sais mieux que moi où on en est. #char:cecile:neutral
    Je sais. J'ai huit relevés hebdomadaires dans un dossier. Je lui montre la courbe plutôt que le total, et la semaine où elle a tourné.
}
{
- p1_accepted >= p1_pace:
    cecile: Bien. Très bien, même. #char:cecile:happy
    cecile: Ne lui dis pas qu'on est en avance. Il remonterait l'objectif.
    Elle ne plaisante qu'à moitié. Puis, chaleureuse et brève, comme toujours : « Tu vas y arriver. »
- else:
    cecile: Il veut du volume, Alice. Il a dit « volume » trois fois. #char:cecile:worried
    cecile: Je ne te demande pas comment. Je te demande ce qu'il te faut. Et tu vas y arriver.
    « Tu vas y arriver. » En janvier, ça sonnait comme un acte de foi. Ce matin, ça sonne comme une échéance.
}
{
- p1_suspended:
    cecile: Et la plateforme d'emailing nous a suspendus ? Le Groupe ? La DSI m'a appelée avant toi. #char:cecile:tense
    J'aurais préféré le lui annoncer moi-même. J'aurais aussi préféré que ça n'arrive pas.
- p1_review:
    cecile: Et c'est quoi, cet examen dont parle la plateforme ? Je dois m'inquiéter ? #char:cecile:worried
    alice: C'est un avertissement. Pas une sanction. Pas encore.
}
{
- confidence > 0 && p1_accepted >= p1_pace:
    En janvier, j'ai applaudi l'objectif comme au rappel d'un concert. Pour une fois, je ne regrette pas mes applaudissements.
- confidence > 0:
    En janvier, j'ai applaudi l'objectif comme au rappel d'un concert. Aujourd'hui, je reprendrais bien mes applaudissements.
- confidence < 0 && p1_accepted >= p1_pace:
    En janvier, dans la salle du conseil, toutes les cellules de ma tête sont passées au rouge. Aujourd'hui, quelques-unes ont viré au vert. Je ne leur dis rien, des fois qu'elles changent d'avis.
- confidence < 0:
    En janvier, dans la salle du conseil, toutes les cellules de ma tête sont passées au rouge. Avoir eu raison, c'est une couverture bien mince.
- else:
    En janvier, j'ai glissé à Cécile que j'avais libéré mon après-midi pour cinquante pour cent. Plus personne ne plaisante avec les pourcentages.
}
cecile: Va voir Marc. Il raconte à qui veut l'entendre que les leads du marketing font perdre son temps à son équipe. Je veux savoir s'il a raison. #char:cecile:neutral
Elle s'en va, déjà au téléphone, avant que je puisse lui demander quelle réponse elle préférerait. #exit:cecile
-> marc

= marc
Le plateau commercial, c'est deux étages plus bas et un autre monde : des téléphones qui sonnent, des sandwichs entamés, un tableau blanc plein de noms d'affaires en rouge. #scene:sales_floor #music:office
Marc Lefèvre me fait signe d'approcher sans raccrocher, conclut par un « oui, oui, jeudi » et fait pivoter sa chaise. #char:marc:tense
marc: Tes leads. Parlons-en, de tes leads.
marc: Un lead, c'est quelqu'un qui veut nous parler. Pas quelqu'un qui a téléchargé un PDF.
{
- content == "content_wp_everyone":
    marc: Mes gars ont appelé un labo de prothèses dentaires, une chaîne de boulangeries et un étudiant qui fait un mémoire sur les drones. Tous ont téléchargé ton papier sur la Défense. Pas un ne veut d'abonnement. #char:marc:neutral
    Du contorsionnisme éditorial, je disais en janvier. Marc a un mot plus court pour ça.
- content == "content_wp_targeted":
    marc: Ceux des ministères, les grands comptes : d'accord, ceux-là sont réels. Mes gars peuvent bosser avec. Simplement, il n'y en a pas des masses. #char:marc:neutral
- else:
    marc: Une DSI d'hôpital nous a appelés. Elle nous a appelés, nous ! À cause de ta version santé. Ça n'était pas arrivé depuis... jamais. #char:marc:surprised
    Venant de Marc, c'est une standing ovation.
}
{
- list == "list_buy_merge":
    marc: Et tes fameux contacts Défense ? La moitié des numéros sonnent dans le vide. Un des gars est tombé sur un colonel à la retraite. Charmant. Il nous a demandé d'arrêter d'appeler. #char:marc:tense
- list == "list_buy_verify":
    marc: Au moins, cette fois, les numéros marchent. Je te l'accorde.
- else:
    marc: Et la moitié de tes leads sont déjà clients chez nous. C'est pas rien. Mais c'est pas du nouveau business non plus.
}
{
- p1_raw >= p1_accepted * 10:
    marc: Tu as annoncé tes {fmt(p1_raw)} téléchargements à tout l'immeuble. Mon équipe en a accepté {fmt(p1_accepted)}. Fais le calcul. #char:marc:tense
- else:
    marc: {fmt(p1_accepted)} acceptés. J'avoue, c'est plus que ce que j'attendais. Je ne dis pas que ça suffit. #char:marc:neutral
}
alice: Quand un lead arrive, qui l'appelle, et en combien de temps ?
marc: On appelle ceux qui sentent l'argent. Les autres attendent. #char:marc:neutral
alice: Attendent combien de temps ?
marc: Que quelqu'un ait le temps. Donc jamais. #char:marc:tense
{p1_accepted >= p1_pace:
    marc: Et ne t'avise pas de m'en envoyer deux fois plus. Mes gars ont des quotas. Chaque heure passée sur un lead bidon, c'est une heure sans signer.
}
Je remonte avec sa phrase dans la tête comme un tube de l'été. Quelqu'un qui veut nous parler. #exit:marc
-> d6_course

=== d6_course ===
Le soir. L'open space s'est vidé ; il ne reste d'éveillés que le voyant de la photocopieuse et mon écran. #scene:alice_desk #music:silence
Trois routes pour avril et mai. Un semestre à sauver. Je les aligne comme j'alignais mes fiches de révision.
Première route : tout pousser à fond. Une troisième vague, une quatrième, plus de bannières, de plus gros emplacements. Le Président lit du volume, et Cécile a besoin de quelque chose à lui montrer.
{
- p1_accepted < p1_pace:
    Je suis en retard. Le plus court chemin vers plus de leads, c'est forcément plus de mails, non ? Le budget est là, la machine est montée. Je n'aurais qu'à tourner un bouton.
- else:
    Ça marche. Pourquoi changer une équipe qui gagne, quand la ligne d'arrivée est en juin ?
}
{
- p1_suspended:
    Sauf que mon compte est toujours gelé. Pour accélérer, il faut d'abord supplier la plateforme de me laisser renvoyer.
- p1_review:
    Cela dit, avec la plateforme qui me surveille, chaque envoi de plus est un pari sur sa patience.
}
Deuxième route : tout arrêter. Couper les envois, ouvrir les données, segmenter, scorer chaque lead, et faire mûrir ceux qui ne sont pas prêts avec une vraie série de mails de nurturing.
{
- p1_accepted < p1_pace:
    Freiner alors que je suis déjà en retard. Cécile va croire que j'ai perdu la tête. Le Président va l'écrire noir sur blanc.
- else:
    Freiner juste au moment où ça marche enfin. Qui pile en pleine ligne droite ?
}
{
- answer == "answer_measure":
    Sauf que j'ai déjà le suivi hebdomadaire promis à Cécile en janvier. Les tableaux sont à moitié faits. Je pourrais boucler ça en quelques jours, pas en quelques semaines.
- else:
    Et je partirais de zéro : des exports bruts, aucun historique semaine par semaine. Trois semaines de tableurs. Mon vieux cauchemar, avec heures sup.
}
Troisième route : redescendre voir Marc et m'asseoir avec lui. Définir ensemble ce qu'est un lead qualifié. Se mettre d'accord sur qui appelle qui, et en combien de temps.
Le Président compte les leads acceptés par les commerciaux. Ce sont donc eux qui décident. Mais ça veut dire des réunions, alors que chaque jour compte, et admettre que je n'y arriverai pas seule.
* [On accélère : plus d'envois, plus de bannières, du volume pour le Président. #id:course_double_down]
    ~ course = "course_double_down"
    -> double_down
* [Je coupe les envois et je plonge dans les données : segmenter, scorer, faire mûrir. #id:course_data]
    ~ course = "course_data"
    -> data
* [Je m'assois avec Marc pour définir ensemble ce qu'est un vrai lead. #id:course_sales]
    ~ course = "course_sales"
    -> sales

= double_down
Avril. Je réserve des bannières sur tous les sites qui veulent bien de mon argent, et sur quelques-uns qui n'en veulent qu'à moitié. #music:tension #sfx:keyboard
{p1_suspended:
    J'envoie le plan de remédiation à la plateforme le soir même. Dès qu'ils rouvrent le compte, la troisième vague est prête à partir.
}
De nouveaux objets chaque semaine. « Dernière chance pour télécharger. » « Il est encore temps de le lire. » Ce n'est jamais la dernière chance. #sfx:mail_swoosh
Cécile transfère ma courbe de volume au Président avec un seul mot : « Progression ». J'encadre ce mot dans ma tête.
Les régies m'adorent. L'une d'elles m'envoie une bouteille de champagne, ce qui me donne une idée assez précise de ce que j'ai dépensé chez elle.
Marc m'envoie un mail d'une ligne : « Encore des PDF ? » Je ne réponds pas. Je n'ai ni le temps, ni la réponse.
Les tableurs sont revenus derrière mes paupières la nuit. Au moins, maintenant, ils ont plus de lignes.
Fin mai, tous les compteurs grimpent. Lesquels comptent, j'évite de me le demander.
-> ep4_reckoning

= data
Avril. Je débranche la troisième vague une heure avant son départ. Le silence de ma boîte mail est assourdissant. #music:office #sfx:keyboard
{
- answer == "answer_measure":
    Mon suivi hebdomadaire fait la moitié du travail : huit semaines d'ouvertures, de clics et de téléchargements, déjà rangées. En quatre jours, j'ai mes segments.
- else:
    Je reconstruis tout à partir des exports bruts. Trois semaines de formules, de cellules qui refusent de correspondre. Je rêve en tableaux croisés dynamiques.
}
D'abord les segments : Défense et secteur public, grands comptes, le reste. Puis un score pour chaque lead : l'entreprise correspond-elle, et qu'a fait la personne, concrètement ?
Pour ceux qui ne sont pas prêts, une série de nurturing : trois mails sur six semaines, chacun utile en soi, aucun qui supplie.
cecile: Tu as arrêté les envois ? Maintenant ? #char:cecile:worried
alice: J'ai arrêté d'envoyer à l'aveugle. Ce n'est pas pareil.
Elle n'a pas l'air convaincue. À trois heures du matin, moi non plus. #exit:cecile
Fin mai, il part moins de mails. S'il rentre plus de leads, je ne le saurai qu'en juin.
-> ep4_reckoning

= sales
Avril. Salle de réunion B, café imbuvable, Marc et deux de ses commerciaux. Il arrive en retard, téléphone à la main, et il reste. #scene:sales_floor #char:marc:neutral #music:office
On passe deux heures sur une seule question : c'est quoi, un lead qualifié ? Une entreprise de la bonne taille, un vrai projet cette année, une personne qui a accepté un appel.
marc: Et quand tu m'en envoies un, on appelle sous deux jours. Si on le refuse, on dit pourquoi. Tous les vendredis. Ça marche ? #char:marc:neutral
alice: Ça marche.
marc: Et tu arrêtes de m'envoyer des étudiants. #char:marc:happy
alice: Et toi, tu arrêtes d'appeler mes leads des PDF.
Il sourit presque. Je prends le « presque ».
Pendant ce temps, mes campagnes tournent en pilote automatique. Cécile me demande pourquoi je passe mes journées en bas. Je réponds : parce que c'est là que l'objectif se compte.
Fin mai, on partage un tableur. Marc écrit ses commentaires en majuscules, mais il les écrit. #char:marc:happy
C'est moins spectaculaire qu'une bannière. Ça ressemble davantage à du travail qui compte.
-> ep4_reckoning
