// Épisode 2 — Le plan d'action (première moitié). La nuit, le bureau de Cécile, trois jours au bureau,
// D1 (plan) et D2 (réponse). Passe la main à d3_content.
// Choix d'ambiance : night_laptop / night_sheep (rejoint aussitôt).

=== ep2_night ===
#episode:2
#scene:bedroom_night #music:night #sfx:clock_tick
Journal de bord, la même nuit. 2 h 47, m'annonce le réveil, avec la lueur d'un parent déçu.
Je ferme les yeux. Un tableur s'ouvre : des lignes sans fin, et jamais de total en bas.
Des camemberts se reproduisent derrière mes paupières comme des lapins. Chaque part porte l'étiquette « S1 2016 ». Chaque part est vide.
{
- confidence > 0:
  Ce matin, j'applaudissais comme au stade. Cette nuit, le stade est vide et le tableau d'affichage indique zéro.
- confidence < 0:
  Ce matin, mon tableur mental a viré au rouge. Cette nuit, il a invité des copains.
- else:
  Ce matin, j'ai réclamé cinquante pour cent, pour rire. À trois heures du matin, vingt, c'est déjà l'Everest.
}
3 h 12. Vingt pour cent de plus que l'an dernier. Je ne connais même pas le chiffre de l'an dernier par cœur. #sfx:clock_tick
* [Me lever et aller le chercher. #id:night_laptop]
  Je file au salon et j'ouvre l'ordinateur, éclairée par en dessous, façon film d'horreur. #sfx:keyboard
  Les bilans 2015 sont sur le serveur partagé, inaccessible depuis la maison. Je crée un tableur intitulé « PLAN D'ACTION S1 2016 », et je fixe le titre jusqu'à ce qu'il me fixe en retour.
* [Rester au lit et compter les moutons. #id:night_sheep]
  Un mouton. Deux moutons. Le troisième porte un badge et voudrait caler un point.
  Au quarantième, ils sautent la barrière en dessinant une jolie courbe. Au soixantième, la courbe descend.
- Vers quatre heures, je finis par m'assoupir. Le temps d'une pause-café.
#scene:bedroom_dawn #sfx:alarm_clock #music:silence
DRIIIING. Je sursaute si fort que la couette finit par terre. #char:alice:surprised
Parfait : je vais pouvoir vivre le même cauchemar au bureau, lumière allumée.
Dans le miroir, une tête de page d'erreur. #char:alice:worried
Un café à faire tenir une cuillère debout. Métro. Badge. Ascenseur.
-> ep2_cecile_office

=== ep2_cecile_office ===
#scene:cecile_office #music:tension #sfx:door_knock
9 h 05. Manteau encore sur le dos, un message de Cécile : « Passe dans mon bureau, stp. » Je frappe.
cecile: Entre. Tu peux fermer la porte ? #char:cecile:tense
J'aime bien Cécile, une vraie pro. Mais son truc, c'est le B2C : elle chapeaute le marketing et la communication du Groupe, et le B2B, c'est mon rayon. Elle me fait confiance. Parfois un peu trop.
cecile: Je sors d'une réunion avec le Président. #char:cecile:tense
cecile: Tu l'as entendu hier : il n'est pas content du B2B en France. En privé, il est entré dans les détails. #char:cecile:worried
{
- confidence > 0:
  cecile: Je t'ai vue applaudir, d'ailleurs. Au moins une de nous deux qui y croyait. #char:cecile:neutral
- confidence < 0:
  cecile: J'ai vu ta tête pendant les applaudissements. J'avais la même. #char:cecile:neutral
- else:
  cecile: Et pas de blague sur les cinquante pour cent aujourd'hui, s'il te plaît. #char:cecile:neutral
}
cecile: Il va suivre les résultats de près. Donc je vais les suivre de près. Donc... #char:cecile:tense
alice: ... donc c'est moi qui vais les suivre de près. #char:alice:neutral
cecile: Il me faut un plan d'action pour tenir l'objectif du semestre. Et il me le faut vite. #char:cecile:tense
Elle jette un œil par la fenêtre. Quand elle se retourne, elle a l'air vraiment fatiguée. #char:cecile:worried
cecile: J'ai besoin de toi sur ce coup-là, Alice. Tu me fais une proposition rapidement ?
alice: Oui, bien sûr. Je m'en occupe. #char:alice:neutral
C'est sorti tout seul, comme si j'avais la solution dans mon sac. J'ai vérifié mon sac. Il est vide.
cecile: Merci. Vraiment. #char:cecile:happy
cecile: Tu vas y arriver.
J'aimerais que ce soit une prophétie, et pas juste une façon gentille de clore la réunion.
Dans le couloir, je me repasse les mots du Président : des leads acceptés par les commerciaux. Mes reportings, eux, comptent les formulaires remplis, les gens qui ont coché une case.
Son chiffre à lui compte ceux qu'un commercial accepte de rappeler. Même mot, « lead ». Bestiole complètement différente.
-> d1_plan

=== d1_plan ===
#scene:alice_desk #music:office #sfx:keyboard
Je me donne trois jours. Premier jour, j'étale tout ce qu'on a fait l'an dernier sur mon bureau, qui ressemble désormais à une scène de crime. #prop:none
Des bilans de campagne, des badges de salons, un kit média, et un mug dont je n'ai aucun souvenir.
Le soir, j'ai trois idées, et le temps d'en construire une seule.
La première : reprendre tout ce qu'on a fait au premier semestre 2015, emailings, réseaux sociaux, achat d'espace, salons, et tout pousser à fond.
C'est rapide, ça tient sur une slide, et personne ne pourra dire qu'on n'a pas essayé.
La deuxième : avant de dépenser un euro, ouvrir les chiffres de 2015. Quel canal a vraiment apporté des leads qualifiés, et à quel prix ? Puis déplacer l'argent.
C'est raisonnable. C'est aussi deux jours de tableurs de plus, et des coupes dans des choses auxquelles certains tiennent.
La troisième : la voie dont tout le monde parle en conférence. Partir de nos données clients et des signaux du marché pour construire la liste des entreprises à qui on devrait vraiment parler.
Le big data ! Ça sonne comme l'avenir. Ça sonne aussi comme moins de noms, beaucoup plus de travail, et un Président qui compte des leads, pas des idées brillantes.
23 heures. Le distributeur de boissons est mon seul collègue. Il faut choisir. #music:tension #sfx:clock_tick
* [Reprendre tout ce qu'on a fait l'an dernier, et tout augmenter. #id:plan_scale_all]
  ~ plan = "plan_scale_all"
  -> scale_all
* [Ouvrir d'abord les chiffres 2015, puis miser sur ce qui a marché. #id:plan_analyse]
  ~ plan = "plan_analyse"
  -> analyse
* [Construire une liste de comptes cibles à partir de nos données. #id:plan_target]
  ~ plan = "plan_target"
  -> target

= scale_all
J'ouvre le plan de l'an dernier et je l'enregistre sous un autre nom. Ce n'est pas de la triche, c'est capitaliser sur l'expérience. #music:office #sfx:keyboard
Emailing : plus d'envois, plus souvent : trois par mois à tout le monde au lieu de deux. Réseaux sociaux : plus de posts, partout, y compris sur le compte que personne n'a ouvert depuis 2014.
Achat d'espace : des bannières dans plus de médias, un peu moins chaque semaine pour que le salon en plus tienne dans le budget. Salons : un de plus. Je note d'acheter des chaussures confortables.
Une petite voix demande si vingt pour cent de plus de tout donnent vraiment vingt pour cent de leads en plus. Je lui réponds qu'il est minuit passé et qu'elle devrait être couchée.
Je passe le troisième jour sur un rétroplanning plein de flèches. Avec des flèches, tout a l'air d'avancer.
1 h 30, la troisième nuit, je l'imprime. C'est épais, et bizarrement, ça rassure. #sfx:paper_rustle
-> d2_answer

= analyse
Le serveur me sort quarante bilans 2015, dont trois « DEFINITIF » et un « DEFINITIF_v2_vraiment ». #music:office #sfx:keyboard
Les commerciaux m'envoient la liste des leads qu'ils ont vraiment acceptés, avec un jour de retard et la moitié des colonnes vides.
La deuxième nuit, une image se dessine. L'emailing a apporté la plupart des formulaires, et aussi la plupart des gens qui n'ont jamais décroché quand les commerciaux ont rappelé.
Les salons : beaucoup moins de contacts, mais les meilleurs, avec de vrais projets. Et un stand coûte un bras.
Les bannières : des océans d'impressions, presque aucun lead. Les réseaux sociaux : un bel engagement, surtout de nos propres salariés.
Mon plan ne dit donc pas « plus ». Il dit « plus ici, moins là » : couper ce qui n'a rien donné, déplacer le budget vers ce qui a marché, et tout juger au coût du lead qualifié, pas aux clics.
Ça impressionne moins qu'un grand « plus de tout ». Personne ne me remerciera d'avoir supprimé les bannières. Ni, en juin, pour des bannières qui n'auraient rien rapporté.
Les données ont des trous partout, mais pour une fois, mes camemberts disent la vérité. #sfx:paper_rustle
-> d2_answer

= target
Je commence par ceux qui nous paient déjà. Nos meilleurs clients entreprises : quels secteurs, quelle taille, combien de sites, combien de lignes mobiles ? #music:office #sfx:keyboard
Puis je cherche les entreprises qui leur ressemblent et qui ne sont pas encore chez nous.
Puis les signaux : une société qui ouvre un site, recrute à tour de bras, remporte un marché public, renouvelle sa flotte de téléphones. Une entreprise qui bouge a besoin d'un opérateur.
Le « big data », dans la vraie vie, c'est moi à une heure du matin, qui croise un export clients avec l'actualité des entreprises. La moitié des secteurs indiquent « Autre ». Je complète à la main.
La troisième nuit, j'ai une liste courte : des entreprises qui ont une raison de nous parler maintenant, classées selon leur ressemblance avec nos meilleurs clients.
Le plan : moins de contacts, mais les bons, des messages écrits pour eux, et les commerciaux dans la boucle dès le premier jour.
J'entends déjà quelqu'un demander pourquoi je parle à moins de gens alors que l'objectif, c'est plus de leads. Mais pour la première fois en trois jours, je ne devine pas.
Je l'imprime : un plan tout mince et une annexe très dodue. #sfx:paper_rustle
-> d2_answer

=== d2_answer ===
#scene:cecile_office #music:tension #sfx:door_knock
Le lendemain, 9 heures pile. Je frappe chez Cécile, mon plan à la main comme un bulletin scolaire. #char:cecile:tense
Je le pose sur son bureau. Elle le tire vers elle sans un mot. #prop:action_plan #sfx:paper_rustle
Elle lit chaque page. Cécile ne survole jamais. D'habitude, j'admire ça.
{
- plan == "plan_scale_all":
  Plus d'emailings, plus de posts, plus de bannières, un salon de plus. Elle hoche la tête à chaque « plus ». #char:cecile:neutral
  cecile: C'est complet. Il verra qu'on met le paquet.
  cecile: Et c'est facile à expliquer. Là-haut, ça compte.
- plan == "plan_analyse":
  Elle s'arrête à la page où je supprime les bannières et la tapote du bout de son stylo. #char:cecile:surprised
  cecile: Tu coupes les bannières ? Le Président lit ces magazines, tu sais. Il aime y voir notre logo.
  alice: L'an dernier, elles ne nous ont presque rien rapporté. Les salons, si. Et l'emailing pourrait, si on s'en sert mieux. #char:alice:neutral
  cecile: Hum. #char:cecile:neutral
- else:
  Elle arrive à la liste des comptes et fronce les sourcils. #char:cecile:surprised
  cecile: Donc on contacterait moins d'entreprises que l'an dernier ? Pour avoir plus de leads ?
  alice: Moins d'entreprises, mais les bonnes. Celles qui ont une raison d'acheter maintenant. #char:alice:neutral
  cecile: Le Président compte, Alice. Il ne lit pas les annexes. #char:cecile:worried
}
Elle referme le document et lève les yeux vers moi. #char:cecile:worried
cecile: Tu penses que ça suffira ?
La question. La réponse honnête : je n'en sais rien.
Elle a le Président sur le dos ; il lui faut un plan, et quelqu'un qui y croit. Mais si je promets et que ça rate, c'est ma promesse dont tout le monde se souviendra en juin.
* [Je vais tout faire pour que ça marche ! #id:answer_bravado]
  ~ answer = "answer_bravado"
  alice: Je vais tout faire pour que ça marche ! #char:alice:happy
  Ça sort fort et clair, comme un slogan. J'y crois presque moi-même.
  Les épaules de Cécile descendent d'un centimètre. Elle sourit, enfin. #char:cecile:happy
  cecile: C'est ce que j'avais besoin d'entendre.
  Au fond de ma tête, la petite voix de la nuit se racle la gorge. Je l'ignore.
* [Honnêtement ? Je ne peux pas encore le savoir. Je suivrai chaque semaine. #id:answer_measure]
  ~ answer = "answer_measure"
  alice: Honnêtement ? Je ne peux pas encore le savoir. Mais je suivrai les résultats chaque semaine, et si quelque chose ne marche pas, je corrigerai en route au lieu de le découvrir en juin. #char:alice:neutral
  Cécile me regarde longuement. J'entends la pendule. #char:cecile:surprised #sfx:clock_tick
  cecile: « Je ne peux pas encore le savoir. » Le Président va adorer. #char:cecile:tense
  cecile: Mais je préfère ça à une promesse. Tous les lundis, une page sur mon bureau : ce qui est parti, ce qui est revenu, ce que les commerciaux ont accepté. #char:cecile:neutral
  alice: Tous les lundis. Marché conclu. #char:alice:happy
  Une tâche de plus chaque semaine. Bizarrement, ça pèse moins lourd qu'une promesse.
- cecile: Bon. Vas-y, fonce ! #char:cecile:happy #music:office
Fonce. Droit dans le mur, peut-être ? Je ravale la blague : elle est pour mon journal, pas pour ma patronne.
alice: C'est parti ! #char:alice:happy
Je m'éclipse avant qu'elle change d'avis.
Reste à faire marcher le plan avec ce que j'ai : une base de contacts, un budget, et la tête pleine de camemberts.
-> d3_content
