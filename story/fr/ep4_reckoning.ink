// Épisode 4 — L'heure des comptes (fin juin 2016).
// La simulation du semestre tourne à la ligne `#sim:semester` ; tous les chiffres s_* sont affichés après.

=== ep4_reckoning ===
#episode:4
#scene:war_room #music:night #sfx:clock_tick
Mercredi 29 juin, minuit moins le quart. À l'étage, il ne reste que moi et six mois de ma vie sur un écran.
Demain à dix heures, la revue du Président. Ce soir, l'export final : chaque envoi, chaque clic, chaque formulaire depuis janvier. #prop:dashboard #sfx:keyboard
Je clique. La petite roue tourne longtemps, exprès. #sim:semester
Nous y voilà. {fmt(s_raw)} formulaires remplis depuis janvier. {fmt(s_qualified)} qualifiés par le marketing. {fmt(s_accepted)} acceptés par les commerciaux. #prop:dashboard
L'objectif, le seul chiffre que le Président lira : {fmt(s_target)} leads acceptés. J'en suis à {pct(s_pct_target)}.
{s_tier:
- "ending_wall": Je relis trois fois, comme le texto d'un ex. Ça ne s'arrange pas.
- "ending_short": Si près que je pourrais le toucher. Mais « presque » ne fait pas partie du vocabulaire du Président.
- "ending_met": Je relis quatre fois, la dernière pour le plaisir. J'ai franchi la ligne.
- else: Je vérifie les filtres. Pas de compte de test. C'est vrai, et bien au-delà de la ligne.
}
{
- s_accepted < s_baseline:
  Mêmes six mois l'an dernier, en faisant ce qu'on a toujours fait : {fmt(s_baseline)}. J'ai réussi à reculer, à grands frais.
- s_accepted < s_target:
  Mêmes six mois l'an dernier : {fmt(s_baseline)}. J'ai battu 2015. Mais l'objectif, c'était 2015 plus 20 %.
- else:
  Mêmes six mois l'an dernier : {fmt(s_baseline)}. L'objectif, c'était ça plus 20 %, et je l'ai dépassé.
}
Dépensé : {eur(s_spend)}. Divisé par les leads acceptés : {eur(s_cost_per_lead)} pièce. Je l'écris sur un Post-it.
{
- s_cut > 0:
  Le budget était de {eur(s_budget)}. Mon plan, tel que je l'avais écrit, coûtait {eur(s_planned)} : la finance en a retranché {eur(s_cut)} avant qu'il ne parte{s_course_cut > 0:, dont {eur(s_course_cut)} en mars}. Je n'ai jamais dépensé l'argent que je n'avais pas. Simplement, je n'ai pas choisi ce qui sautait.
- else:
  Le budget était de {eur(s_budget)}, et le plan tenait dedans. La finance ne connaît même pas mon numéro de poste.
}
{s_spend > s_budget:
  Sauf que les factures sont arrivées au-dessus des devis : le semestre a coûté {eur(s_spend - s_budget)} de plus que le budget. La finance connaîtra mon numéro de poste lundi.
}
{
- s_suspended:
  Et dans un coin, en rouge, le mot que je préférerais taire demain : suspendu. La plateforme d'emailing nous a coupés en plein semestre. Hard bounces {pct(s_hard_bounce)} sur le semestre, {pct(s_peak_hard_bounce)} la pire semaine ; arrivée en boîte de réception {pct(s_inbox)}.
- s_hard_bounce >= 2:
  Hard bounces {pct(s_hard_bounce)}, arrivée en boîte de réception {pct(s_inbox)}. La plateforme ne nous a jamais coupés, mais elle a passé le printemps à se racler la gorge.
- else:
  Hard bounces {pct(s_hard_bounce)}, arrivée en boîte de réception {pct(s_inbox)}. La plateforme d'emailing et moi sommes en bons termes.
}
Désabonnements depuis janvier : {fmt(s_unsubscribed)}. J'essaie de ne pas le prendre personnellement. Raté.
{
- confidence > 0 && (s_tier == "ending_wall" || s_tier == "ending_short"):
  En décembre, j'ai applaudi l'objectif. Ce soir, je reprendrais bien mes applaudissements.
- confidence > 0:
  En décembre, j'ai applaudi l'objectif. En fait, je m'applaudissais d'avance.
- confidence < 0 && (s_tier == "ending_wall" || s_tier == "ending_short"):
  En décembre, je trouvais cet objectif délirant. Avoir eu raison, à minuit, ça ne réchauffe pas.
- confidence < 0:
  En décembre, je trouvais cet objectif délirant. Jamais été aussi contente d'avoir eu tort.
}
Je répète devant les chaises vides. #prop:none
{s_tier:
- "ending_wall":
  alice: Monsieur le Président, ce semestre nous a beaucoup appris. #char:alice:worried
  Non. C'est ce qu'on dit en rendant une voiture de location en accordéon.
- "ending_short":
  alice: Monsieur le Président, nous avons frôlé l'objectif. #char:alice:worried
  « Frôlé. » Il n'entendra que ça.
- "ending_met":
  alice: Monsieur le Président, l'objectif est atteint. #char:alice:surprised
  Et je m'arrête là. J'ai du mal à y croire.
- else:
  alice: Monsieur le Président, nous sommes au-dessus de l'objectif, et je peux expliquer pourquoi. #char:alice:happy
  C'est la deuxième moitié de la phrase qui me fait peur.
}
aurelie: t ENCOR au bureau ?? rentr chez toi, tes slides seron pa mieu aprè minuit #sfx:phone_buzz #prop:sms
aurelie: ps il en é ou NOTRE livre blanc ??? philippe me demand tou les jour mdr #sfx:phone_buzz #prop:sms
{content:
- "content_wp_everyone":
  Notre livre blanc a été téléchargé par une foule de gens qui n'achèteront jamais rien de sécurisé. Ils voulaient le PDF, pas un opérateur : voilà d'où viennent la plupart de mes formulaires, et pourquoi si peu sont devenus des leads.
- "content_wp_targeted":
  Moins de téléchargements que dans les rêves de Philippe. Mais de gens que la sécurité mobile empêche vraiment de dormir.
- else:
  Les versions sectorielles sont parties en retard, mais ce sont elles que les commerciaux transfèrent à leurs clients. Philippe va être insupportable.
}
Je tape « je rentre dans 5 min ». On sait toutes les deux que c'est faux. #sfx:keyboard #prop:none
-> review_morning

= review_morning
#scene:cecile_office #music:office #char:cecile:tense
Jeudi. J'ai envoyé l'export à Cécile à 1 h 12. Réponse à 6 h 30 : « Passe à 9 h. » Pas d'émoji.
{answer == "answer_bravado":
  cecile: En décembre, tu m'as dit que tu allais tout faire pour y arriver. #char:cecile:neutral
  {s_tier == "ending_wall" || s_tier == "ending_short":
    alice: J'ai tout fait. C'est peut-être bien ça, le problème. #char:alice:worried
  - else:
    alice: J'ai tout fait. Il y a même des choses qui ont marché. #char:alice:neutral
  }
- else:
  cecile: En décembre, tu m'as dit que tu suivrais tout chaque semaine. Tu l'as fait. J'ai une vingtaine de mails du lundi pour le prouver. #char:cecile:neutral
}
{
- s_tier == "ending_wall" || s_tier == "ending_short":
  cecile: Il va te demander un chiffre. Donne-le-lui avant qu'il le demande. #char:cecile:worried
  cecile: Et ne t'excuse qu'une fois. Une fois, c'est de l'honnêteté. Deux fois, ce sont des aveux.
- else:
  cecile: Ne fais pas la fête devant lui. Le chiffre, le coût, et tu te tais. #char:cecile:happy
}
{
- course == "course_sales":
  cecile: Marc sera là. Il a demandé à venir. Je ne sais pas si c'est bon signe. #char:cecile:neutral
- s_sales_overload:
  cecile: Marc sera là aussi. Son équipe croule sous tes leads, il est passé deux fois me le dire. #char:cecile:tense
}
{s_tier == "ending_wall":
  cecile: Vas-y. J'allais dire « tu vas y arriver ». Disons : tu vas t'en sortir. #char:cecile:worried
- else:
  cecile: Vas-y. Tu vas y arriver. #char:cecile:happy
  Ce matin, ça ressemble presque à une prévision.
}
-> review

= review
#scene:president_review #music:tension #char:president:neutral #char:cecile:neutral
Dix heures, dernier étage. Le Président, au bout de la grande table, avec une seule feuille : mon tableau de bord.
{course == "course_sales" || s_sales_overload:
  Marc est assis près de la fenêtre, bras croisés. #char:marc:neutral
}
president: Je vous écoute. #char:president:neutral
* [Commencer par le seul chiffre qu'il lit : les leads acceptés. #id:reckoning_open_accepted]
  alice: {fmt(s_accepted)} leads acceptés par les commerciaux, Monsieur le Président, pour un objectif de {fmt(s_target)}. #char:alice:neutral
  president: Bien. Vous savez quel chiffre je regarde. #char:president:neutral
* [Dérouler tout l'entonnoir, en partant des envois. #id:reckoning_open_reach]
  alice: Depuis janvier, nous avons envoyé des mailings chaque semaine, publié chaque jour, et recueilli {fmt(s_raw)} formulaires... #char:alice:neutral
  president: Alice. Je ne suis pas les téléchargements. Je suis les leads acceptés. Combien ? #char:president:tense
  alice: {fmt(s_accepted)}. Pour un objectif de {fmt(s_target)}. #char:alice:worried
- president: {fmt(s_raw)} formulaires. {fmt(s_qualified)} qualifiés. {fmt(s_accepted)} acceptés. Où passent les autres ? #char:president:neutral #prop:dashboard
alice: Un formulaire, c'est quelqu'un qui voulait un PDF. Un lead qualifié, c'est la bonne entreprise, le bon interlocuteur, un vrai besoin. Accepté, c'est qu'un commercial a appelé et trouvé quelqu'un qui veut nous parler. #char:alice:neutral #prop:none
{content:
- "content_wp_everyone":
  president: Votre livre blanc sur la sécurité mobile dans la Défense. Envoyé à qui ? #char:president:neutral
  alice: À tout le monde. L'idée, c'était que ça concernait tout le monde. #char:alice:worried
  president: Tout le monde, ce n'est pas un segment. #char:president:tense
- "content_wp_targeted":
  alice: Nous avons réservé le livre blanc aux comptes sensibles à la sécurité : Défense, secteur public, grands comptes. Moins de formulaires, mais chacun avait une raison d'être là. #char:alice:neutral
  president: Hm. #char:president:neutral
- else:
  president: Votre ingénieur, Philippe, me parle de vos versions sectorielles dans l'ascenseur. Tous les jours. Elles en valaient la peine ? #char:president:neutral
  alice: Elles nous ont coûté des semaines au départ. Ensuite, c'est ce que les commerciaux réclamaient. #char:alice:neutral
}
{list:
- "list_buy_merge":
  president: Et la plateforme d'emailing ? Cécile me parle d'un incident. #char:president:tense
  alice: J'ai acheté un fichier « hyper ciblé Défense » et je l'ai fusionné avec notre base. Beaucoup d'adresses étaient mortes : la pire semaine, {pct(s_peak_hard_bounce)} de nos mails ont rebondi, et la plateforme nous a classés parmi les expéditeurs douteux. #char:alice:worried
  {s_suspended:
    president: Nous avons donc payé quelqu'un pour nous faire bannir. #char:president:tense
  - else:
    president: Nous avons donc payé pour nous faire refouler des boîtes de réception. #char:president:tense
  }
- "list_buy_verify":
  alice: J'ai acheté un fichier, testé un échantillon, et gardé seulement les adresses propres. Nous en avons jeté une bonne partie. #char:alice:neutral
  president: Vous avez payé des adresses pour les jeter. #char:president:neutral
  alice: Oui. C'était moins cher que de les payer deux fois, avec notre réputation d'expéditeur.
- else:
  alice: Nous n'avons acheté aucun fichier. Nous avons nettoyé et enrichi notre propre base. #char:alice:neutral
  president: Une audience plus petite. #char:president:neutral
  alice: Plus petite. Mais elle a répondu.
}
{s_suspended && list != "list_buy_merge":
  alice: Et je préfère le dire avant Cécile : la plateforme d'emailing a suspendu notre compte pendant un temps, ce printemps. #char:alice:worried
}
president: {eur(s_spend)}. Soit {eur(s_cost_per_lead)} par lead accepté. Vous les paieriez de votre poche ? #char:president:neutral
{plan:
- "plan_scale_all":
  alice: J'ai repris toutes les actions de l'an dernier et je les ai toutes augmentées. Y compris celles qui n'avaient jamais rien donné. #char:alice:worried
- "plan_analyse":
  alice: Je suis partie des chiffres 2015 : quel canal avait apporté des leads acceptés, et à quel coût. Ensuite, j'ai déplacé l'argent. #char:alice:neutral
- else:
  alice: Nous avons construit une liste de comptes cibles à partir de nos données clients et de signaux du marché, et dépensé sur moins d'entreprises, mais en profondeur. #char:alice:neutral
}
{launch:
- "launch_blast":
  Puis un mailing à tout le monde, des tweets partout, des bannières partout. Dit à voix haute, ici, ça sonne encore plus mal.
- "launch_segmented":
  Puis un mailing et une landing page par segment, des posts sponsorisés sur nos cibles, quelques médias choisis. Plus lent, et plus facile à expliquer.
- else:
  Puis un test sur un échantillon, et seules les versions gagnantes déployées. Deux semaines perdues en janvier ; je le dis avant qu'il ne fasse le calcul.
}
president: Fin février, vous en étiez à {fmt(p1_accepted)}. Qu'avez-vous fait ensuite ? #char:president:neutral
{p1_accepted >= p1_pace && s_accepted < s_target:
  Fin février, j'étais en avance sur le rythme : {fmt(p1_accepted)} pour {fmt(p1_pace)} demandés. Les victoires faciles sont venues d'abord. L'addition, ensuite.
}
{course:
- "course_double_down":
  alice: J'ai envoyé plus, et commandé plus de bannières. #char:alice:neutral
  {s_course_cut > 0:
    La finance a repris {eur(s_course_cut)} de ces médias pour tenir le budget. Les envois en plus, eux, sont tous partis.
  }
  {s_tier == "ending_wall" || s_tier == "ending_short":
    Il ne dit rien. La courbe, sur sa feuille, parle pour lui.
  - else:
    president: Et ça a tenu. #char:president:neutral
    Je ne sais pas trop pourquoi, et je préférerais qu'il ne me le demande pas.
  }
- "course_data":
  alice: Je me suis arrêtée. Analyse, segmentation, scoring des leads, et du nurturing pour les tièdes au lieu de leur courir après. #char:alice:neutral
  president: Vous vous êtes arrêtée. En plein semestre. #char:president:surprised
  {s_pause_weeks == 1:
    alice: Une semaine. La plus longue de ma carrière.
  - else:
    alice: {fmt(s_pause_weeks)} semaines. Les plus longues de ma carrière.
  }
- else:
  alice: Je suis allée m'asseoir avec l'équipe commerciale. On s'est mis d'accord sur ce qu'est un lead qualifié, sur qui le rappelle, et en combien de temps. #char:alice:neutral
  marc: C'est la première fois que le marketing nous demande ce qu'on appelle un lead. #char:marc:neutral
}
{s_sales_overload:
  marc: Mon équipe a reçu plus de leads qu'elle ne pouvait en appeler. Ils ont fait la queue. {fmt(s_lost)} ont attendu si longtemps que, le jour où on a rappelé, ils avaient acheté ailleurs. #char:marc:tense
  marc: Un lead qu'on rappelle trop tard, c'est un lead perdu.
- else:
  {course == "course_sales":
    marc: On les a tous rappelés dans la semaine. Ça, et moins de leads qui n'en étaient pas. #char:marc:neutral
  }
}
Le Président pose sa feuille, l'aligne sur le bord de la table, et me regarde. #sfx:paper_rustle
{s_tier:
- "ending_wall": -> ending_wall
- "ending_short": -> ending_short
- "ending_met": -> ending_met
- else: -> ending_beyond
}

=== ending_wall ===
#ending:ending_wall #scene:president_review #music:silence #sfx:sting_bad #char:president:tense
president: {pct(s_pct_target)} de l'objectif. Pour {eur(s_spend)}.
{s_accepted < s_baseline:
  president: En dessous de l'an dernier. L'an dernier, qui est la raison pour laquelle nous sommes tous ici. #char:president:tense
}
president: Je vous ai demandé plus de leads, Alice. Pas plus d'activité. #char:president:neutral
Cécile ouvre la bouche. Il lève la main, sans méchanceté. #char:cecile:worried
president: Cécile, demain à huit heures, parlons du second semestre. Merci. #char:president:neutral
Il me remercie. Il est très poli. C'est ça, le pire. #exit:president
#scene:cecile_office #music:tension #char:cecile:worried
Cécile referme sa porte et reste debout, une main sur le dossier de sa chaise.
cecile: Je ne suis pas fâchée. Je suis déçue, et un peu de moi-même. Je t'ai laissée seule là-dessus. #char:cecile:worried
{content == "content_wp_everyone":
  cecile: Mais enfin, Alice. Un livre blanc sur la Défense, envoyé à la planète entière. #char:cecile:tense
- else:
  cecile: Mais tu as vu la courbe fin février. Moi aussi. #char:cecile:tense
}
{list == "list_buy_merge":
  cecile: Et ce fichier. Hyper ciblé, qu'il disait. Hyper périmé, oui.
}
cecile: Demain, toi et moi, on ouvre tout. Pas pour trouver un coupable. Pour comprendre. #char:cecile:neutral
Elle ne dit pas « tu vas y arriver ». Je le remarque.
#scene:bedroom_night #music:night #sfx:clock_tick #prop:none
Jeudi soir. Le journal de bord, parce qu'il faut bien que quelqu'un connaisse la vérité.
Plus j'ai lancé d'actions, moins j'ai eu de résultats. J'ai écrit cette phrase quatre fois. Elle s'entête.
{launch == "launch_blast" || course == "course_double_down":
  Chaque fois que la courbe fléchissait, j'ajoutais du volume. Et chaque envoi de plus, à une base déjà lassée, portait un peu moins que le précédent{s_open_late < s_open_early: : {pct(s_open_early)} des mails délivrés ouverts les huit premières semaines, {pct(s_open_late)} ensuite}.
- else:
  Certaines choses, je les ai faites avec soin. Pas assez, et pas assez tôt.
}
{s_hard_bounce >= 2:
  Hard bounces : {pct(s_hard_bounce)}. Je ne touchais pas des gens ; je touchais le fond d'un serveur.
}
Dans ces {fmt(s_raw)} formulaires, il y avait les {fmt(s_accepted)} personnes qui voulaient vraiment nous parler. Si j'avais su qui elles étaient avant d'envoyer, une fraction des emails aurait suffi.
Les indices étaient là : nos propres clients, qui achète, qui renouvelle, quels secteurs. Je n'ai jamais interrogé les données. J'ai interrogé le monde entier, et il a répondu non merci.
L'onglet « prévisions » du tableau de bord rejoue le même plan sur {fmt(s_runs)} printemps différents. Il atteint l'objectif environ {fmt(s_p_objective)} fois sur cent.
{s_p_objective < 20:
  Ce n'était donc pas la malchance. C'était le plan. Bizarrement, ça me rassure : un plan, ça se change.
- else:
  La chance aurait pu aider. Elle n'est pas venue. Je ne bâtirai pas le second semestre sur elle.
}
aurelie: c pa la fin du monde. 2main jtapport 1 croissant. 2 croissants. #sfx:phone_buzz #prop:sms
Deux croissants : chez Aurélie, ce sont des obsèques nationales. #prop:none
Demain, Cécile et moi reprenons tout : à qui nous devrions parler, et comment le savoir avant d'envoyer.
Voyons ce qui s'est vraiment passé.
-> END

=== ending_short ===
#ending:ending_short #scene:president_review #music:tension #sfx:sting_bad #char:president:neutral
president: {pct(s_pct_target)}. C'est proche. #char:president:neutral
Il laisse le mot flotter.
president: Proche, ce n'est pas un résultat. #char:president:tense
{
- s_accepted >= s_baseline:
  president: Vous êtes au-dessus de l'an dernier. Mais je n'ai pas demandé « au-dessus de l'an dernier ».
- else:
  president: Et en dessous de l'an dernier. J'aimerais comprendre comment, avec ce budget.
}
{s_rising:
  cecile: Si je peux me permettre, la courbe monte depuis mars. Les dernières semaines sont les meilleures du semestre. #char:cecile:neutral
  president: Alors le semestre était trop court de deux semaines. #char:president:neutral
  Il le dit sans sourire. Chez lui, c'est ce qui s'en approche le plus.
- else:
  cecile: Si je peux me permettre, nous savons maintenant où ça a glissé, semaine après semaine. #char:cecile:neutral
  president: Alors ça ne glissera pas deux fois. #char:president:neutral
}
president: {eur(s_cost_per_lead)} par lead accepté. Envoyez-moi votre plan pour le second semestre. Une page. Pas deux.
Dans cette salle, ça vaut une mention passable. #exit:president
#scene:cecile_office #music:office #char:cecile:neutral
cecile: Ce n'est pas assez. #char:cecile:neutral
cecile: Ce n'est pas rien non plus. Il ne demande des plans qu'aux gens qu'il compte garder. #char:cecile:happy
{answer == "answer_bravado":
  cecile: En décembre, tu m'as promis de tout faire. La prochaine fois, promets-moi d'en faire moins, mais mieux.
- else:
  cecile: Tu as mesuré du début à la fin. Sers-t'en. Tu sais exactement où ça a coincé.
}
cecile: Tu vas y arriver. Au second semestre, cette fois. #char:cecile:happy
#scene:alice_desk #music:night #sfx:keyboard
Dix-huit heures. J'ouvre une page blanche : « Ce que je ferais autrement ».
{list == "list_buy_merge":
  Ne pas acheter ce fichier. Ou au moins tester un échantillon avant de le déverser dans ma base. Le prix spécial « jusqu'à vendredi » m'a coûté tout un printemps de délivrabilité.
}
{content == "content_wp_everyone":
  Envoyer le livre blanc aux gens pour qui il a été écrit. Il était bon ; il s'est seulement trompé de lecteurs.
}
{launch == "launch_blast":
  Tester avant d'arroser. Un échantillon, deux versions, deux semaines. J'ai gagné deux semaines en janvier et perdu un mois en juin.
}
{course == "course_double_down":
  En mars, m'arrêter au lieu d'appuyer plus fort. La courbe essayait de me dire quelque chose, et j'ai monté le son.
}
{s_sales_overload && course != "course_sales":
  M'asseoir avec Marc en décembre, pas en juin. Convenir de ce qu'est un lead avant de lui en envoyer plus qu'il ne peut en rappeler : {fmt(s_lost)} leads qualifiés ont refroidi dans sa file d'attente.
}
{s_cut > 0:
  Faire l'addition avant la finance. Ils ont coupé {eur(s_cut)} selon leur règle ; moi, j'aurais coupé autre chose.
}
{list != "list_buy_merge" && content != "content_wp_everyone" && launch != "launch_blast" && course != "course_double_down":
  Honnêtement ? La plupart de mes choix tenaient la route. Je les ai faits trop lentement : chaque semaine de prudence en janvier, c'est une semaine de leads qui manque en juin.
}
Et surtout : regarder qui étaient vraiment les {fmt(s_accepted)} leads acceptés, et aller en chercher d'autres, exactement du même genre.
L'onglet « prévisions » rejoue le même plan sur {fmt(s_runs)} printemps différents. Il atteint l'objectif environ {fmt(s_p_objective)} fois sur cent.
{s_p_objective < 30:
  C'était donc surtout le plan. La malchance n'a fait que finir le travail.
- else:
  Je suis donc tombée du mauvais côté d'une pièce presque équilibrée. Ça pique davantage.
}
aurelie: si pré !!! t ma héroïne kan mem. apéro ce soir, cé moi ki paye, pa de discussion #sfx:phone_buzz #prop:sms
Ce soir, l'apéro. Demain, le plan en une page. Mais d'abord, la version honnête. #prop:none
Voyons ce qui s'est vraiment passé.
-> END

=== ending_met ===
#ending:ending_met #scene:president_review #music:resolution #sfx:sting_good #char:president:neutral
Il hoche la tête. Une fois. J'aimerais que ce soit consigné au procès-verbal.
president: C'est le chiffre que j'avais demandé. #char:president:neutral
president: À {eur(s_cost_per_lead)} le lead. Le second semestre sera plus difficile. Continuez comme ça.
Cécile laisse échapper un souffle retenu depuis décembre. #char:cecile:happy
Il serre la main de Cécile, puis la mienne. Il a la main froide. Je m'en fiche complètement. #exit:president
#scene:cecile_office #char:cecile:happy
Cécile attend que sa porte soit fermée pour sourire. Le premier vrai sourire depuis les vœux.
cecile: Je t'avais dit que tu y arriverais. #char:cecile:happy
alice: Tu ne m'avais pas dit comment. #char:alice:happy
cecile: Ça, c'était ton travail. Alors : comment ? #char:cecile:neutral
cecile: Écris-le ce soir, avant de te mettre à croire que c'était évident. #char:cecile:neutral
{plan == "plan_analyse":
  Partir des chiffres 2015 plutôt que de mon intuition. Retirer l'argent des canaux qui n'avaient jamais apporté un lead accepté.
}
{plan == "plan_target":
  La liste de comptes cibles : moins d'entreprises, choisies à partir de nos données clients.
}
{content == "content_wp_targeted":
  Donner le livre blanc aux gens pour qui il avait été écrit, pas à tout l'annuaire.
}
{content == "content_adapt":
  Les versions sectorielles de Philippe : la même expertise, taillée pour chaque lecteur.
}
{list != "list_buy_merge":
  Ne pas déverser un fichier acheté dans ma base. Moins de bounces, une réputation d'expéditeur intacte, donc des mails qui arrivent en boîte de réception.
}
{launch != "launch_blast":
  Envoyer moins, à moins de gens, et découvrir qu'ils répondent davantage.
}
{course == "course_data":
  Et mars : le moment où je me suis arrêtée, alors que tout mon instinct criait d'envoyer plus.
}
{course == "course_sales":
  Et mars, avec Marc : une seule définition du lead, validée des deux côtés, et chaque lead rappelé dans la semaine.
}
{s_sales_overload:
  Et ce qui n'a pas marché : l'équipe de Marc, submergée. {fmt(s_lost)} de mes leads qualifiés ont attendu trop longtemps un coup de fil. L'objectif est atteint, mais on en a laissé sur la table.
}
{plan == "plan_scale_all" || content == "content_wp_everyone" || list == "list_buy_merge" || launch == "launch_blast":
  Et pour être juste, certaines choses ont marché malgré moi. J'aimerais savoir lesquelles avant de recommencer.
}
#scene:aurelie_office #char:aurelie:happy #char:philippe:neutral
Aurélie m'attend avec deux cafés et la tête de quelqu'un qui sait déjà. Philippe est là aussi, sans explication.
aurelie: JE LE SAVAIS. Je le savais ! #char:aurelie:happy
{content == "content_wp_everyone":
  philippe: J'avais bien dit que ça intéresserait tout le monde. #char:philippe:happy
  Aujourd'hui, j'accorderais n'importe quoi à n'importe qui.
- else:
  philippe: J'ai ébauché des versions pour onze autres secteurs. L'apiculture est un peu limite, je l'admets. #char:philippe:happy
  Je ne sais pas s'il plaisante. Lui non plus.
}
aurelie: On va déjeuner. Tout de suite. Interdiction d'ouvrir un tableur avant 14 h. #char:aurelie:happy
#scene:alice_desk #music:resolution
Quatorze heures. J'ouvre un tableur, évidemment. L'onglet « prévisions » rejoue mon plan sur {fmt(s_runs)} printemps différents.
{s_p_objective < 50:
  Il atteint l'objectif environ {fmt(s_p_objective)} fois sur cent. J'y suis arrivée, et j'ai eu de la chance. J'aimerais ne pas en avoir besoin la prochaine fois.
- else:
  Il atteint l'objectif environ {fmt(s_p_objective)} fois sur cent. Pas un coup de chance, donc : quelque chose là-dedans marche vraiment.
}
Voyons ce qui s'est vraiment passé.
-> END

=== ending_beyond ===
#ending:ending_beyond #scene:president_review #music:resolution #sfx:sting_good #char:president:surprised
Il relit sa feuille. Je ne l'avais jamais vu faire ça.
president: {pct(s_pct_target)} de l'objectif. À {eur(s_cost_per_lead)} par lead accepté. #char:president:surprised
president: Si je vous donnais plus de budget pour le second semestre, qu'en feriez-vous ? #char:president:neutral
alice: Honnêtement ? Rien de plus. Les mêmes choses, mieux visées. #char:alice:neutral
president: Bonne réponse. En septembre, vous présenterez votre méthode aux autres business units. À toutes. #char:president:happy
Cécile me regarde comme une mère dont la fille a gagné la course en sac. #char:cecile:happy
Ma méthode. J'ai tout l'été pour découvrir en quoi elle consistait. #exit:president
Dans l'ascenseur, Cécile appuie trois fois sur le bouton : chez elle, c'est une danse de la victoire.
cecile: Je t'avais dit que tu y arriverais. Pas que tu en ferais trop. #char:cecile:happy
alice: Je me calmerai pour septembre. #char:alice:happy
#scene:sales_floor #music:office #char:marc:neutral
L'après-midi, je descends aux ventes. Personne du marketing n'y est jamais descendu pour dire merci.
marc: Tiens. La nouvelle chouchoute du Président. #char:marc:neutral
marc: Tes leads. Ils n'étaient pas mauvais. Il y en a même qui ont décroché le téléphone. #char:marc:happy
Venant de Marc, c'est une ovation. Derrière une cloison, un commercial applaudit pour de vrai. #sfx:applause
{s_sales_overload:
  marc: Mais la prochaine fois, préviens-moi. Mes gars ont bossé le samedi en mai. Envoie-m'en du même genre. Pas plus. #char:marc:tense
- else:
  marc: Ne m'en envoie pas plus. Envoie-m'en du même genre. #char:marc:neutral
}
{course == "course_sales":
  alice: La définition, on l'a écrite ensemble, Marc. La moitié de ce résultat est à toi. #char:alice:happy
  marc: Je sais. J'attendais de voir si tu le dirais. #char:marc:happy
- else:
  alice: Du même genre. Je le ferai broder. #char:alice:happy
  marc: N'en rajoute pas. #char:marc:neutral
}
#scene:alice_desk #music:night #sfx:keyboard
Le soir, j'écris le titre de ma slide de septembre : « La méthode, ou comment j'ai appris à envoyer moins ».
{plan == "plan_scale_all" || launch == "launch_blast" || list == "list_buy_merge":
  La slide honnête dirait que j'ai aussi fait deux ou trois choses que je ne recommanderais à personne.
- else:
  La slide honnête dirait que ce n'était pas du génie : viser les bonnes personnes, envoyer moins, écouter les commerciaux.
}
L'onglet « prévisions » rejoue le même plan sur {fmt(s_runs)} printemps différents. Il atteint l'objectif environ {fmt(s_p_objective)} fois sur cent.
{s_p_objective < 50:
  J'ai donc aussi eu un printemps très chanceux. La chance n'est pas une méthode : je la laisse hors des slides.
- else:
  Ce n'était donc pas de la chance. Je mettrai quand même mes chaussettes porte-bonheur en septembre.
}
aurelie: LA CHOUCHOUTE DU PRÉZ !!! philippe veu co-présenté en septembr, g di pa kestion mdr #sfx:phone_buzz #prop:sms
Avant d'apprendre quoi que ce soit à qui que ce soit, voyons ce qui s'est vraiment passé. #prop:none
-> END
