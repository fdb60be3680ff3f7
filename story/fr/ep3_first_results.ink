// Épisode 3 — Premiers résultats (semaines 1 à 8, du 4 janvier au 28 février 2016).
// La première phase de la simulation tourne sur la ligne #sim:phase1 : les variables p1_* contiennent
// les chiffres du modèle à partir de la ligne suivante. Jamais de résultat écrit en dur ; seuils dans les conditions seulement.
// Seuils de la plateforme (CALIBRATION.md) : examen à 5 % de bounces ou 0,1 % de plaintes, suspension à 10 % / 0,5 %.

=== ep3_first_results ===
#episode:3
#scene:alice_desk #music:office #sfx:keyboard
Première semaine de campagne. Huit heures, le manteau encore sur le dos.
J'ouvre le tableau de bord de la plateforme d'emailing comme on arrache un pansement : d'un coup, les yeux mi-clos. #prop:dashboard #sim:phase1
-> finance

= finance
{
- p1_cut > 0:
    Avant le premier envoi, Cécile débarque à mon bureau, une feuille de la direction financière à la main. #char:cecile:tense
    cecile: La finance a fait l'addition de tes bons de commande : {eur(p1_planned)} sur le semestre. Le budget, c'est {eur(p1_budget)}.
    cecile: Cette année, pas un euro de dépassement. Le Président lira le coût d'aussi près que les leads. Ils ont appliqué leur règle, et j'ai signé.
    {p1_cut_display > 0:
        cecile: Les bannières sautent en premier : {eur(p1_cut_display)} de moins sur les six mois.
    }
    {p1_cut_linkedin > 0:
        cecile: Ensuite le LinkedIn sponsorisé : {eur(p1_cut_linkedin)} de moins.
    }
    {p1_cut_shows > 0:
        cecile: Et le salon de la semaine {p1_cut_show_week} est annulé. Bannières et posts ne suffisaient pas à combler l'écart. #char:cecile:worried
    }
    {
    - plan == "plan_scale_all":
        Mon plan « plus de tout » a maintenant une ligne « moins ». Personne ne m'a demandé laquelle.
    - plan == "plan_analyse":
        J'avais déjà taillé dans les bannières. La finance a taillé dans ce qui restait. Au moins, on est d'accord sur quelque chose.
    - else:
        Le projet de données, les outils, les extras : tout a été payé sur les médias. J'aurais fait le calcul moi-même, si je l'avais fait avant eux.
    }
    Première leçon de 2016, avant même un seul mail : faire l'addition avant la finance. #exit:cecile
- else:
    La finance a signé tous les bons de commande sans un mot : {eur(p1_planned)} prévus sur le semestre, dans le budget de {eur(p1_budget)}. Une première.
}
-> first_days

= first_days
{
- launch == "launch_blast":
    Tout est parti lundi, d'un seul coup : mailing, tweets, posts, bannières. Tout le feu d'artifice, allumé avec la même allumette.
- launch == "launch_segmented":
    Rien de la campagne pour l'instant : chaque segment aura son mailing et sa landing page, et ça prend du temps à construire. Les bannières et les posts LinkedIn sont partis, eux. Au moins quelqu'un travaille.
- else:
    Seul l'échantillon de test est parti : deux objets, deux formulaires, une tranche de la base. Le reste attend son tour.
}
{
- p1_hard_bounce >= 5:
    À dix heures, ma boîte de réception est un mur d'avis d'échec. Non distribuable. Adresse inconnue. Boîte inexistante. #sfx:notif_ping
    Je les supprime par paquets de cinquante. Ils repoussent comme du chiendent.
    {list == "list_buy_merge":
        La base « hyper ciblée » ciblait surtout des gens partis depuis des années. Un des bounces vient d'un régiment dissous.
    }
- p1_hard_bounce >= 2:
    Les bounces tombent en pluie fine : non distribuable, adresse inconnue. #sfx:notif_ping
    Pas le déluge. Juste de quoi me rappeler qu'une base de contacts vieillit comme le lait, pas comme le vin.
- else:
    Une poignée de bounces. Je dois aller les chercher. #sfx:notif_ping
    {list == "list_none":
        Toutes ces soirées à nettoyer ma base ont payé. Je m'étais préparée au drame.
    }
    {list == "list_buy_verify":
        Tester un échantillon du fichier m'avait paru d'une lenteur exaspérante en décembre. Ce matin, c'est la chose la plus maligne que j'aie faite de l'année.
    }
}
{content != "content_adapt":Puis les réponses automatiques : les écoles ont repris ce matin, mais la moitié des décideurs de France prolonge ses vacances de Noël au ski.|Puis les réponses automatiques, même fin janvier.} #sfx:notif_ping
Un monsieur me répond en personne pour demander un forfait famille avec data illimitée pour ses ados.
{
- content == "content_wp_everyone":
    Une fleuriste demande, très poliment, pourquoi elle devrait sécuriser des terminaux mobiles dans la Défense. Je n'ai pas de réponse polie.
- content == "content_wp_targeted":
    Un responsable sécurité d'un ministère répond « Intéressant », suivi d'une question pointue sur Android. Je vais l'encadrer.
- else:
    Une DSI d'hôpital répond à la version santé : le premier mail de fournisseur de l'année qui parle sa langue.
}
{p1_complaints >= 0.1:
    Et puis les autres réponses. « Qui vous a donné mon adresse ? » « Retirez-moi IMMÉDIATEMENT. » Une en majuscules menace de nous signaler à la CNIL. #sfx:sting_bad
    Chacun a sûrement aussi cliqué sur « signaler comme spam ». Et la plateforme compte chaque clic.
}
-> platform

= platform
{
- p1_suspended:
    Semaine {p1_suspend_week}. Jeudi, mon prochain envoi est programmé pour dix heures. À neuf heures douze, un mail de la plateforme tombe. #sfx:sting_bad #music:tension
    Objet : « Votre compte a été suspendu. »
    Cette semaine-là, mes bounces ou mes plaintes ont crevé leur plafond{p1_peak_hard_bounce >= 5: : en semaine {p1_peak_week}, {pct(p1_peak_hard_bounce)} de mes mails ont heurté des adresses mortes}. (Sur mes huit premières semaines, la moyenne sera de {pct(p1_bounce)} de bounces et {pct(p1_complaints)} de plaintes, mais la plateforme juge semaine par semaine.) Tous les envois sont bloqués en attendant examen.
    Je rafraîchis la page, comme si un F5 pouvait casser un verdict.
    L'envoi prévu ne part pas. La relance non plus. Un groupe à trois milliards de chiffre d'affaires, muselé comme un vendeur de pilules miracles.
    Au support, une voix très gentille m'explique que chaque adresse morte et chaque plainte abîment ma réputation d'expéditeur, et qu'au-delà d'un seuil, la plateforme coupe tout pour protéger ses autres clients.
    Pour rouvrir, je dois envoyer un plan de remédiation : d'où viennent mes adresses, et comment je vais les nettoyer.
    {list == "list_buy_merge":
        D'où viennent mes adresses ? D'un monsieur au téléphone, avec un prix spécial jusqu'à vendredi.
    }
- p1_review:
    Semaine {p1_review_week}. Un mail de la plateforme, d'un gris courtois : « Votre compte fait l'objet d'un examen. » #sfx:notif_ping #music:tension
    Cette semaine-là, j'ai dépassé leurs seuils{p1_peak_hard_bounce >= 5: : {pct(p1_peak_hard_bounce)} de hard bounces en semaine {p1_peak_week}}. (Sur mes huit premières semaines : {pct(p1_bounce)} de bounces, {pct(p1_complaints)} de plaintes.) « Si ces taux ne s'améliorent pas, nous pourrions suspendre vos envois. »
    Carton jaune. Rien n'est bloqué, mais chaque campagne part désormais avec quelqu'un qui lit par-dessus mon épaule.
    Je ralentis l'envoi suivant et je retire toutes les adresses qui ont rebondi. J'écope avec une petite cuillère.
- else:
    Les seuls mails de la plateforme en janvier et février, ce sont ses newsletters : « Cinq astuces pour booster vos taux d'ouverture ».
    Ni avertissement, ni examen. Ma réputation d'expéditeur est impeccable. Au moins une de mes réputations l'est.
}
-> sms

= sms
Un matin, mon téléphone vibre sur le bureau. #sfx:phone_buzz #prop:sms
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
        alice: franchement ? plein de téléchargements, presque pas de vrais leads. le pdf a du succès. auprès de qui, mystère #prop:sms
        aurelie: Du succè c bien non ?? Bon ok peut-être pa. Café a 16h, j'apporte d gâteaux #prop:sms
    - else:
        alice: franchement ? ça commence à marcher. le dis pas trop fort #prop:sms
        aurelie: OUAIIIS je le savè !! Je le di a Philippe, il va être insupportable #prop:sms
    }
* [Faire bonne figure. C'est quand même elle qui l'a écrit. #id:results_sms_smile]
    alice: ça cartonne !! philippe peut être fier. café la semaine pro ? #prop:sms
    aurelie: Youpiii !!! Il va être tro content. Il veu déjà écrire une suite #prop:sms
    Une suite. Je retourne le téléphone face contre le bureau, doucement, comme un objet qui pourrait exploser.
- Les chiffres ne voudront rien dire avant la huitième semaine. Je me le répète tous les matins. #prop:none
Un jour, Philippe passe à mon bureau, une feuille brandie comme un trophée. #char:philippe:happy
{
- content == "content_wp_everyone":
    philippe: Quelqu'un a cité notre livre blanc sur un forum de pêche à la mouche. Tu vois ? Ça intéresse tout le monde.
- content == "content_wp_targeted":
    philippe: Un colonel nous a cités en conférence. Je ne comprends toujours pas pourquoi tu ne l'as envoyé qu'aux ministères. Ça intéresse tout le monde.
- else:
    philippe: À propos de la version santé. Mon schéma sur les conteneurs chiffrés. Il était porteur, ce schéma. #char:philippe:worried
}
Je hoche la tête. Il repart content, lui. #exit:philippe
-> war_room

= war_room
Vendredi 26 février. Huitième semaine. Les chiffres cessent d'être des anecdotes. #scene:war_room #music:tension #prop:dashboard
La war room : un grand écran, un yucca que personne n'arrose.
Emails envoyés : {fmt(p1_sent)}. Arrivés en boîte de réception plutôt qu'en spams : {pct(p1_inbox)}. Ouverts : {pct(p1_open)} des mails délivrés.
{
- p1_inbox < 75:
    Autrement dit, une bonne partie de mes mails a fini en spam, là où personne ne va jamais. Les bounces et les plaintes ont fait leur œuvre.
- else:
    La plupart arrivent là où ils doivent. Quoi qu'il se soit passé ensuite, le courrier a été distribué.
}
{
- launch == "launch_blast":
    Un mailing, toute la base, tous les réseaux, des bannières partout. À l'écran, ma campagne ressemble à un tapis de bombes.
- launch == "launch_segmented":
    Un mailing et une landing page par segment, LinkedIn braqué sur mes cibles, quelques médias choisis. Chaque segment a sa courbe, et elles ne se ressemblent pas.
- else:
    Le test A/B a mangé deux semaines : l'objet B a battu l'objet A, le formulaire court a battu le long. De combien, un échantillon ne le dit pas vraiment ; le reste du printemps le dira. Puis les gagnants sont partis à tout le monde. Démarrage plus lent, courbe plus propre.
}
{
- plan == "plan_analyse":
    Le budget déplacé en janvier vers les canaux qui avaient marché en 2015 est à l'écran. Certains paris ont payé, d'autres non. Au moins, je sais lesquels.
- plan == "plan_target":
    Ma liste de comptes cibles a sa propre colonne. Cécile l'appelle « ton truc de big data ». Moi, mon espoir.
- else:
    Toutes les actions de 2015, revues à la hausse, chacune sa ligne. Les salons de mars, d'avril et de fin mai y sont aussi, déjà payés.
}
Formulaires remplis, téléchargements, inscriptions et badges scannés sur les salons confondus : {fmt(p1_raw)}. Un beau gros chiffre, avec une flèche verte.
Leads qui ressemblent à une vraie entreprise avec un vrai besoin : {fmt(p1_qualified)}. Leads acceptés par les commerciaux, les seuls que compte le Président : {fmt(p1_accepted)}.
{
- p1_raw >= p1_accepted * 10:
    Moins d'un téléchargement sur dix a fini en lead accepté. Le reste : des étudiants, des concurrents, des candidats et des gens qui collectionnent les PDF comme des magnets de frigo.
- else:
    L'entonnoir se resserre, comme tout entonnoir, sans tomber d'une falaise. Pour une fois, téléchargements et leads ont l'air de la même famille.
}
Dépensé à ce jour : {eur(p1_spend)}, sur un budget de {eur(p1_budget)} pour le semestre. Clics sur les bannières : {fmt(p1_banner_clicks)}.
{launch == "launch_blast":
    Une bannière, c'est moins d'un clic pour mille affichages. Et je soupçonne qu'une bonne partie de ces clics, c'était moi, pour vérifier qu'elles étaient en ligne.
}
Pour être dans les temps de l'objectif semestriel, il me faut {fmt(p1_pace)} leads acceptés à la huitième semaine.
{
- p1_accepted >= p1_pace:
    J'y suis. J'y suis vraiment. #sfx:sting_good #music:resolution
    Je vérifie la formule trois fois : une bonne nouvelle un vendredi après-midi, c'est louche. Elle est juste. Pendant dix minutes, je me sens légère.
    Puis l'autre moitié de mon cerveau se racle la gorge. Huit semaines sur vingt-six. Les contacts les plus mûrs répondent en premier, et chaque mailing lasse un peu plus les autres.
    Et personne n'a jamais eu de médaille pour un bon premier tour de piste.
- else:
    Je n'y suis pas. J'aimerais que ce soit une formule cassée. Ce n'en est pas une. #sfx:sting_bad
    {p1_accepted * 2 < p1_pace:
        Même pas la moitié. L'écart a tout d'un canyon.
    }
    {
    - plan == "plan_scale_all" || launch == "launch_blast":
        J'ai poussé tous les curseurs à fond. Et l'aiguille part dans l'autre sens.
        Plus je lance d'actions, moins j'ai de leads. C'est la cata, et c'est une cata que j'ai payée.
    - else:
        Et pourtant j'ai fait les choses avec soin. Je suis quand même en retard. C'est presque pire : pas de coupable facile.
    }
}
-> cecile

= cecile
La porte s'ouvre sans qu'on frappe. Cécile, son téléphone à la main. #char:cecile:tense
cecile: Le Président m'a demandé les chiffres ce matin. Alors ?
{
- answer == "answer_bravado":
    cecile: En décembre, tu m'as dit que tu allais tout faire pour que ça marche. Alors, est-ce que tout marche ? #char:cecile:neutral
    Évidemment qu'elle s'en souvient.
    Je lui montre l'écran. J'ai des totaux. Ce qui me manque, c'est l'histoire, semaine après semaine.
- else:
    cecile: En décembre, tu m'as dit que tu mesurerais chaque semaine et que tu corrigerais. Donc tu sais où on en est. #char:cecile:neutral
    J'ai huit relevés hebdomadaires dans un dossier. Je lui montre la courbe plutôt que le total, et la semaine où elle a tourné.
}
{
- p1_accepted >= p1_pace:
    cecile: Bien. Très bien, même. #char:cecile:happy
    cecile: Ne lui dis pas qu'on est en avance. Il remonterait l'objectif.
    Elle ne plaisante qu'à moitié. Puis, brève : « Tu vas y arriver. »
- else:
    cecile: Il veut du volume, Alice. Il a dit « volume » trois fois. #char:cecile:worried
    cecile: Je ne te demande pas comment. Je te demande ce qu'il te faut. Et tu vas y arriver.
    En décembre, ça sonnait comme un acte de foi. Ce matin, comme une échéance.
}
{
- p1_suspended:
    cecile: Et la plateforme d'emailing nous a suspendus ? Le Groupe ? La DSI m'a appelée avant toi. #char:cecile:tense
    J'aurais préféré le lui annoncer moi-même. Et que ça n'arrive pas.
- p1_review:
    cecile: Et c'est quoi, cet examen dont parle la plateforme ? Je dois m'inquiéter ? #char:cecile:worried
    alice: C'est un avertissement. Pas une sanction. Pas encore.
}
{
- confidence > 0 && p1_accepted >= p1_pace:
    En décembre, j'ai applaudi l'objectif. Pour une fois, je ne regrette pas mes applaudissements.
- confidence > 0:
    En décembre, j'ai applaudi l'objectif. Aujourd'hui, je reprendrais bien mes applaudissements.
- confidence < 0 && p1_accepted >= p1_pace:
    En décembre, toutes les cellules de ma tête sont passées au rouge. Aujourd'hui, quelques-unes virent au vert. Je ne leur dis rien.
- confidence < 0:
    En décembre, toutes les cellules de ma tête sont passées au rouge. Avoir eu raison, c'est une couverture bien mince.
- else:
    En décembre, j'avais libéré mon après-midi pour cinquante pour cent. Plus personne ne plaisante avec les pourcentages.
}
cecile: Va voir Marc. Il raconte que les leads du marketing font perdre son temps à son équipe. Je veux savoir s'il a raison. #char:cecile:neutral
Elle s'en va, déjà au téléphone. #exit:cecile
-> marc

= marc
Le plateau commercial, deux étages plus bas : téléphones qui sonnent, sandwichs entamés. #scene:sales_floor #music:office
Marc Lefèvre, le directeur commercial, conclut un appel par « oui, oui, jeudi » et fait pivoter sa chaise. #char:marc:tense
marc: Tes leads. Parlons-en.
marc: Un lead, c'est quelqu'un qui veut nous parler. Pas quelqu'un qui a téléchargé un PDF.
{
- content == "content_wp_everyone":
    marc: Mes gars ont appelé un labo de prothèses dentaires, une chaîne de boulangeries et un étudiant qui fait un mémoire sur les drones. Tous ont téléchargé ton papier sur la Défense. Pas un ne veut d'abonnement. #char:marc:neutral
    Un sujet qui ne les concerne pas leur donne envie du PDF, pas de nous. Marc a un mot plus court pour ça.
- content == "content_wp_targeted":
    marc: Ceux des ministères, les grands comptes : d'accord, ceux-là sont réels. Simplement, il n'y en a pas des masses. #char:marc:neutral
- else:
    marc: Une DSI d'hôpital nous a appelés. Elle nous a appelés, nous ! À cause de ta version santé. #char:marc:surprised
    Venant de Marc, c'est une standing ovation.
}
{
- list == "list_buy_merge":
    marc: Et tes contacts Défense ? La moitié des numéros sonnent dans le vide. Un des gars est tombé sur un colonel à la retraite, qui nous a demandé d'arrêter d'appeler. #char:marc:tense
- list == "list_buy_verify":
    marc: Au moins, cette fois, les numéros marchent. Je te l'accorde.
- else:
    marc: Et la moitié de tes leads sont déjà clients chez nous. C'est pas rien, mais c'est pas du nouveau business.
}
{
- p1_raw >= p1_accepted * 10:
    marc: Tu as annoncé tes {fmt(p1_raw)} téléchargements à tout l'immeuble. Mon équipe en a accepté {fmt(p1_accepted)}. Fais le calcul. #char:marc:tense
- else:
    marc: {fmt(p1_accepted)} acceptés. C'est plus que ce que j'attendais. Je ne dis pas que ça suffit. #char:marc:neutral
}
alice: Quand un lead arrive, qui l'appelle, et en combien de temps ?
marc: On appelle ceux qui sentent l'argent. Les autres attendent. #char:marc:neutral
alice: Combien de temps ?
marc: Que quelqu'un ait le temps. Donc jamais. #char:marc:tense
{p1_accepted >= p1_pace:
    marc: Et ne m'en envoie pas deux fois plus. Mes gars ont des quotas. Chaque heure sur un lead bidon, c'est une heure sans signer.
}
Je remonte avec sa phrase dans la tête : quelqu'un qui veut nous parler. #exit:marc
-> d6_course

=== d6_course ===
Le soir. Il ne reste d'éveillés que le voyant de la photocopieuse et mon écran. #scene:alice_desk #music:silence
Trois routes pour mars à juin.
Première route : tout pousser. Une troisième vague, une quatrième, plus de bannières. Le Président lit du volume, et Cécile a besoin de quelque chose à lui montrer.
{
- p1_accepted < p1_pace:
    Je suis en retard. Le plus court chemin vers plus de leads, c'est forcément plus de mails, non ? Je n'aurais qu'à tourner un bouton.
- else:
    Ça marche. Pourquoi changer une équipe qui gagne ?
}
{p1_cut_if_double_down > 0:
    Sauf que le budget n'a plus la place. La finance reprendrait {eur(p1_cut_if_double_down)} sur les médias réservés à partir de mars, bannières d'abord.
}
{
- p1_suspended:
    Sauf que mon compte est toujours gelé. Pour accélérer, il faut d'abord supplier la plateforme.
- p1_review:
    Mais avec la plateforme qui me surveille, chaque envoi de plus est un pari sur sa patience.
}
Deuxième route : tout arrêter. Couper les envois, ouvrir les données, segmenter, scorer chaque lead, et faire mûrir ceux qui ne sont pas prêts avec une série de mails de nurturing.
{
- p1_accepted < p1_pace:
    Freiner alors que je suis déjà en retard. Cécile va croire que j'ai perdu la tête.
- else:
    Freiner juste au moment où ça marche ?
}
{
- answer == "answer_measure":
    Mais j'ai déjà le suivi hebdomadaire promis à Cécile. Je pourrais boucler ça en quelques jours.
- else:
    Et je partirais de zéro : des exports bruts, aucun historique. Trois semaines de tableurs.
}
{p1_cut_if_data > 0:
    Le scoring et le nurturing demandent un outil, et l'outil demande de l'argent que le budget n'a plus : la finance irait chercher {eur(p1_cut_if_data)} dans les bannières et les posts sponsorisés du printemps.
}
Troisième route : m'asseoir avec Marc. Définir ensemble ce qu'est un lead qualifié, qui appelle qui, et en combien de temps.
Le Président compte les leads acceptés par les commerciaux : ce sont eux qui décident. Mais ça veut dire des réunions, et admettre que je n'y arriverai pas seule.
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
Mars. Je réserve des bannières sur tous les sites qui veulent bien de mon argent. #music:tension #sfx:keyboard
{p1_suspended:
    J'envoie le plan de remédiation le soir même. Dès que le compte rouvre, la troisième vague part.
}
{p1_cut_if_double_down > 0:
    cecile: La finance, encore. Tes commandes de mars dépassent de {eur(p1_cut_if_double_down)} ce qui reste du budget : la règle rabote les semaines 9 à 26, les bannières d'abord, LinkedIn ensuite. #char:cecile:tense
    Je double donc la mise sur ce que la finance me laisse doubler. #exit:cecile
}
De nouveaux objets chaque semaine. « Dernière chance pour télécharger. » Ce n'est jamais la dernière chance. #sfx:mail_swoosh
Cécile transfère ma courbe de volume au Président avec un seul mot : « Progression ».
Une régie m'envoie une bouteille de champagne, ce qui me donne une idée de ce que j'ai dépensé chez elle.
Marc m'écrit une ligne : « Encore des PDF ? » Je n'ai ni le temps, ni la réponse.
Fin mai, tous les compteurs grimpent. Lesquels comptent, j'évite de me le demander.
-> ep4_reckoning

= data
Mars. Je débranche la troisième vague une heure avant son départ. #music:office #sfx:keyboard
{
- answer == "answer_measure":
    Mon suivi hebdomadaire fait la moitié du travail : huit semaines d'ouvertures, de clics et de téléchargements, déjà rangées. En quatre jours, j'ai mes segments.
- else:
    Je reconstruis tout à partir des exports bruts. Trois semaines de formules. Je rêve en tableaux croisés dynamiques.
}
{p1_cut_if_data > 0:
    L'outil de scoring est payé avec {eur(p1_cut_if_data)} de bannières et de posts sponsorisés du printemps. La règle de la finance, pas la mienne. Pour une fois, j'aurais choisi pareil.
}
D'abord les segments : Défense et secteur public, grands comptes, le reste. Puis un score pour chaque lead : l'entreprise correspond-elle, et qu'a fait la personne, concrètement ?
Pour ceux qui ne sont pas prêts, une série de nurturing : trois mails sur six semaines, chacun utile en soi, aucun qui supplie.
cecile: Tu as arrêté les envois ? Maintenant ? #char:cecile:worried
alice: J'ai arrêté d'envoyer à l'aveugle. Ce n'est pas pareil.
Elle n'a pas l'air convaincue. À trois heures du matin, moi non plus. #exit:cecile
Fin mai, il part moins de mails. S'il rentre plus de leads, je ne le saurai qu'en juin.
-> ep4_reckoning

= sales
Mars. Salle de réunion B, Marc et deux de ses commerciaux. Il arrive en retard, téléphone à la main, et il reste. #scene:sales_floor #char:marc:neutral #music:office
Deux heures sur une seule question : c'est quoi, un lead qualifié ? Une entreprise de la bonne taille, un vrai projet cette année, une personne qui accepte un appel.
marc: Et quand tu m'en envoies un, on l'appelle dans la semaine. Si on le refuse, on dit pourquoi. Tous les vendredis. Ça marche ? #char:marc:neutral
alice: Ça marche.
marc: Et tu arrêtes de m'envoyer des étudiants. #char:marc:happy
alice: Et toi, tu arrêtes d'appeler mes leads des PDF.
Il sourit presque. Je prends le « presque ».
Cécile me demande pourquoi je passe mes journées en bas. Parce que c'est là que l'objectif se compte.
Fin mai, on partage un tableur. Marc écrit ses commentaires en majuscules, mais il les écrit. #char:marc:happy
-> ep4_reckoning
