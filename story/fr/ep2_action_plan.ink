// Épisode 2 — Le plan d'action (première moitié). La nuit, le bureau de Cécile, trois jours au bureau,
// D1 (plan) et D2 (réponse). Passe la main à d3_content.
// Choix d'ambiance : night_laptop / night_sheep (rejoint aussitôt).

=== ep2_night ===
#episode:2
#scene:bedroom_night #music:night #sfx:clock_tick
Journal de bord, la même nuit. 2 h 47, m'annonce le réveil, qui me fixe depuis la table de chevet avec la lueur d'un parent déçu.
Je ferme les yeux. Un tableur s'ouvre.
Pas un gentil tableur. Un tableur sans fin. Des lignes, des lignes et encore des lignes, qui défilent toutes seules, et jamais de total en bas.
Des courbes se mettent à grimper, puis changent d'avis. Des camemberts se reproduisent derrière mes paupières comme des lapins.
Chaque part porte l'étiquette « S1 2016 ». Chaque part est vide.
Je me retourne. Le tableur se retourne avec moi. Visiblement, il a décidé qu'on partageait le lit, désormais.
{
- confidence > 0:
  Ce matin, j'applaudissais comme une supportrice dans un stade. Cette nuit, le stade est vide et le tableau d'affichage indique zéro.
- confidence < 0:
  Ce matin, mon tableur mental a viré au rouge pendant les applaudissements. Cette nuit, il a invité des copains.
- else:
  Ce matin, j'ai réclamé cinquante pour cent, pour rire. À trois heures du matin, les blagues ne font plus rire personne. Vingt, c'est déjà l'Everest.
}
3 h 12. Vingt pour cent de plus que l'an dernier. Je ne connais même pas le chiffre de l'an dernier par cœur. #sfx:clock_tick
* [Me lever, ouvrir l'ordinateur et aller le chercher. #id:night_laptop]
  Je file au salon sur la pointe des pieds et j'ouvre l'ordinateur. L'écran m'éclaire le visage par en dessous, façon film d'horreur. #sfx:keyboard
  Les bilans 2015 sont sur le serveur partagé, inaccessible depuis la maison, évidemment. Alors je crée un nouveau tableur.
  Il a un titre, « PLAN D'ACTION S1 2016 », et rien d'autre. Je fixe le titre jusqu'à ce que le titre me fixe en retour.
* [Rester au lit et compter les moutons. Des vrais, avec de la laine. #id:night_sheep]
  Un mouton. Deux moutons. Le troisième mouton porte un badge autour du cou et voudrait caler un point.
  Au quarantième, ils sautent la barrière en dessinant une jolie courbe. Au soixantième, la courbe descend.
- Vers quatre heures, j'ai dû finir par m'assoupir. À peu près le temps d'une pause-café.
#scene:bedroom_dawn #sfx:alarm_clock #music:silence
DRIIIING. Le réveil m'arrache au cauchemar, et je sursaute si fort que la couette finit par terre. #char:alice:surprised
Parfait. Je vais pouvoir aller au bureau vivre le même cauchemar, mais avec la lumière allumée.
Lumière grise, la tisane froide de la veille sur la table de chevet, et dans le miroir une tête de page d'erreur. #char:alice:worried
J'explique à mon reflet que ce n'est qu'un chiffre. Mon reflet n'a pas l'air plus convaincu que moi.
Un café à faire tenir une cuillère debout. Métro. Badge. Ascenseur. L'immeuble sent la cire et les bonnes résolutions.
-> ep2_cecile_office

=== ep2_cecile_office ===
#scene:cecile_office #music:tension #sfx:door_knock
9 h 05. Je n'ai même pas enlevé mon manteau qu'un message de Cécile s'affiche : « Passe dans mon bureau, stp. » Je frappe.
cecile: Entre. Tu peux fermer la porte ? #char:cecile:tense
J'aime bien Cécile. C'est une vraie pro, et j'ai plus appris en deux ans à ses côtés que pendant toutes mes études.
Mais au fond, son truc, c'est le B2C. Elle chapeaute le marketing et la communication de tout le Groupe, et le B2B, c'est mon rayon. Elle me fait confiance. Parfois un peu trop.
Ce matin, elle sourit comme on sourit dans la salle d'attente du dentiste.
cecile: Je sors d'une réunion avec le Président. #char:cecile:tense
cecile: Je ne t'apprends rien : il n'est pas content du B2B en France. Tu l'as entendu hier. Disons qu'en privé, il est entré dans les détails. #char:cecile:worried
{
- confidence > 0:
  cecile: Je t'ai vue applaudir, d'ailleurs. Au moins une de nous deux qui y croyait. #char:cecile:neutral
- confidence < 0:
  cecile: J'ai vu ta tête pendant les applaudissements, d'ailleurs. J'avais la même. #char:cecile:neutral
- else:
  cecile: Et pas de blague sur les cinquante pour cent aujourd'hui, s'il te plaît. Je n'ai pas le cœur à ça. #char:cecile:neutral
}
cecile: Il va suivre les résultats de près. Donc je vais les suivre de près. Donc... #char:cecile:tense
alice: ... donc c'est moi qui vais les suivre de près. #char:alice:neutral
cecile: Il me faut un plan d'action pour tenir l'objectif du premier semestre. Et il me le faut vite. #char:cecile:tense
Elle laisse un blanc et jette un œil par la fenêtre. Quand elle se retourne, elle a l'air fatiguée. Vraiment fatiguée. #char:cecile:worried
cecile: J'ai besoin de toi sur ce coup-là, Alice. Tu me fais une proposition rapidement ?
alice: Oui, bien sûr. Je m'en occupe. #char:alice:neutral
C'est sorti tout seul, d'une voix calme et compétente, comme si j'avais la solution dans mon sac à main depuis Noël.
Je m'en occupe. Formidable. De quoi, exactement ? Vingt pour cent de leads en plus en six mois, ça ne sort pas d'un chapeau. J'ai vérifié mon chapeau. Il est vide.
cecile: Merci. Vraiment. #char:cecile:happy
cecile: Tu vas y arriver.
Je hoche la tête. J'aimerais tellement la croire. J'aimerais que ce soit une prophétie, et pas juste une façon gentille de clore la réunion.
En retournant à mon bureau, je me repasse les mots du Président. Pas des clics. Pas des « j'aime ». Des leads acceptés par les commerciaux.
Ce n'est pas le chiffre que je mets d'habitude dans mes reportings. Mes reportings comptent les formulaires remplis, les téléchargements, les gens qui ont coché une case.
Son chiffre à lui compte ceux qu'un commercial accepte de rappeler. Même mot, « lead ». Bestiole complètement différente.
-> d1_plan

=== d1_plan ===
#scene:alice_desk #music:office #sfx:keyboard
Trois jours. C'est ce que je me suis donné. Trois jours et trois nuits, si on compte celles où je refais mes slides dans le noir, les yeux grands ouverts.
Premier jour, j'exhume tout ce qu'on a fait l'an dernier et je l'étale sur mon bureau, qui ressemble désormais à une scène de crime. #prop:none
Des bilans de campagne, une pile de badges de salons, un kit média, deux mugs, et un troisième mug dont je n'ai aucun souvenir.
« Tu vas y arriver. » La phrase de Cécile tourne en boucle dans ma tête, comme un jingle dont on n'arrive pas à se débarrasser.
Le soir venu, j'ai trois idées et deux jours devant moi. Je n'aurai le temps d'en construire qu'une seule correctement. Pas la police de caractères, pas les slides : l'idée.
La première est là, elle m'attend : reprendre tout ce qu'on a fait au premier semestre 2015, les emailings, les réseaux sociaux, l'achat d'espace, les salons, et tout pousser à fond.
C'est rapide. Ça tient sur une slide. Cécile peut la monter à l'étage avant midi, et personne ne pourra jamais dire qu'on n'a pas essayé.
La deuxième : avant de dépenser le moindre euro, ouvrir les chiffres de 2015. Quel canal a vraiment apporté des leads qualifiés, et à quel prix ? Puis déplacer l'argent.
C'est raisonnable. C'est aussi deux jours de plus dans les tableurs qui hantent mes nuits, et ça risque de m'obliger à couper des choses auxquelles certains tiennent.
La troisième : la voie dont tout le monde parle dans les conférences. Partir de nos données clients et des signaux du marché, et construire la liste des entreprises à qui on devrait vraiment parler.
Le big data ! Ça sonne comme l'avenir. Ça sonne aussi comme moins de noms, beaucoup plus de travail, et un Président qui compte des leads, pas des idées brillantes.
23 heures, toujours le premier jour. Les agents d'entretien ont éteint la moitié de l'étage. Le ronronnement du distributeur est mon seul collègue. Il faut choisir. #music:tension #sfx:clock_tick
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
J'ouvre le plan de l'an dernier et je l'enregistre sous un autre nom. Ce n'est pas de la triche. C'est capitaliser sur l'expérience. #music:office #sfx:keyboard
Emailing : plus d'envois, à plus de monde, plus souvent. Nos contacts adorent avoir de nos nouvelles. Sans doute.
Réseaux sociaux : plus de posts, sur tous les réseaux où on a un compte, y compris celui où personne ne s'est connecté depuis 2014.
Achat d'espace : plus de bannières, dans plus de médias. Si notre logo n'est pas partout, comment les gens sauront-ils qu'on existe ?
Salons : un de plus que l'an dernier. Je note d'acheter des chaussures confortables.
Chaque ligne du tableur gagne un chiffre plus gros dans la colonne 2016. Ça a l'air musclé. Ça respire l'effort.
Une petite voix me demande si vingt pour cent de plus de tout donnent vraiment vingt pour cent de leads en plus. Je réponds à la petite voix qu'il est minuit passé et qu'elle devrait être couchée.
C'est bouclé à la fin du deuxième jour. Je passe le troisième à peaufiner : un rétroplanning avec plein de flèches. Avec des flèches, tout a l'air d'avancer.
1 h 30, la troisième nuit, je l'imprime. C'est épais, ça pèse dans la main, et bizarrement, ça rassure. #sfx:paper_rustle
-> d2_answer

= analyse
Je demande au serveur partagé tous les bilans 2015 qu'il a en stock. Il me sort quarante fichiers, dont trois qui s'appellent « DEFINITIF » et un « DEFINITIF_v2_vraiment ». #music:office #sfx:keyboard
Puis je demande aux commerciaux quels leads de l'an dernier ils ont réellement acceptés. L'export arrive avec un jour de retard et la moitié des colonnes vides.
La deuxième nuit, une image commence à se dessiner. Floue, mais une image.
L'emailing a apporté la plupart des formulaires remplis, et de loin. Il a aussi apporté la plupart des gens qui n'ont jamais décroché quand les commerciaux ont rappelé.
Les salons ont ramené beaucoup moins de contacts, mais les meilleurs : de vrais projets, de vrais budgets. Et un stand coûte un bras, une jambe et un buffet.
Les bannières ont apporté des impressions. Des océans d'impressions. Des leads, presque aucun.
Réseaux sociaux : un bel engagement, surtout de la part de nos propres salariés qui aiment nos propres posts.
Du coup, mon plan ne dit pas « plus ». Il dit « plus ici, moins là » : couper ce qui n'a rien donné, déplacer le budget vers ce qui a marché, et tout juger au coût du lead qualifié, pas aux clics.
C'est plus mince qu'un grand « plus de tout », et la moitié, ce sont des graphiques. Ça impressionne moins. Ça ressemble aussi davantage à la vérité. Je crois.
Personne ne me remerciera d'avoir supprimé les bannières. Mais personne ne me remerciera non plus en juin pour des bannières qui n'ont rien rapporté.
Il y a des trous partout dans les données, et j'ai passé deux jours au fond de la mine. Mais pour une fois, mes camemberts disent la vérité. #sfx:paper_rustle
-> d2_answer

= target
Je commence par ceux qui nous paient déjà. Qui sont nos meilleurs clients entreprises ? Quels secteurs, quelle taille, combien de sites, combien de lignes mobiles ? #music:office #sfx:keyboard
Puis je cherche les entreprises qui leur ressemblent et qui ne sont pas encore chez nous.
Puis les signaux : une société qui ouvre un nouveau site, qui recrute à tour de bras, qui remporte un marché public, qui fusionne, qui renouvelle sa flotte de téléphones. Une entreprise qui bouge a besoin d'un opérateur.
C'est la fameuse voie du « big data ». Dans la vraie vie, c'est moi à une heure du matin, en train de croiser un export clients avec l'actualité des entreprises, un onglet après l'autre.
Le fichier clients est plein de trous. La moitié des secteurs indiquent « Autre ». Je complète à la main ce que je peux, et j'insulte la base de données tout bas pour ne pas réveiller le vigile.
La troisième nuit, j'ai une liste. Pas bien longue : des entreprises qui ont une raison de nous parler maintenant, classées selon leur ressemblance avec nos meilleurs clients.
Le plan : moins de contacts, mais les bons, des messages écrits pour eux, et les commerciaux dans la boucle dès le premier jour.
C'est audacieux. C'est aussi bien moins de monde que ce qu'on a arrosé l'an dernier, et j'entends déjà quelqu'un demander pourquoi je parle à moins de gens alors que l'objectif, c'est plus de leads.
Pourtant, pour la première fois en trois jours, je ne fais pas que deviner. Je cherche les gens qui pourraient vraiment avoir besoin de nous.
Je l'imprime quand même. Un plan tout mince et une annexe très dodue. #sfx:paper_rustle
-> d2_answer

=== d2_answer ===
#scene:cecile_office #music:tension #sfx:door_knock
Le lendemain matin, 9 heures pile. Je frappe à la porte de Cécile, mon plan à la main comme un bulletin scolaire. #char:cecile:tense
Je le pose sur son bureau. Elle le tire vers elle sans un mot. #prop:action_plan #sfx:paper_rustle
Elle lit. Vraiment, chaque page. Cécile ne survole jamais. C'est une des choses que j'admire chez elle, et en ce moment, une de celles dont je me passerais bien.
{
- plan == "plan_scale_all":
  Elle tourne les pages. Plus d'emailings, plus de posts, plus de bannières, un salon de plus. Elle hoche la tête à chaque « plus ». #char:cecile:neutral
  cecile: C'est complet. Il verra qu'on met le paquet.
  cecile: Et c'est facile à expliquer. Là-haut, ça compte.
- plan == "plan_analyse":
  Elle s'arrête à la page où je supprime les bannières et la tapote du bout de son stylo. #char:cecile:surprised
  cecile: Tu coupes les bannières ? Le Président lit ces magazines, tu sais. Il aime bien y voir notre logo.
  alice: L'an dernier, elles ne nous ont presque rien rapporté. Les salons, si. Et l'emailing pourrait, si on s'en sert plus intelligemment. #char:alice:neutral
  cecile: Hum. #char:cecile:neutral
- else:
  Elle arrive à la liste des comptes et fronce les sourcils. Elle revient quelques pages en arrière, puis repart en avant. #char:cecile:surprised
  cecile: Donc on contacterait moins d'entreprises que l'an dernier ? Pour avoir plus de leads ?
  alice: Moins d'entreprises, mais les bonnes. Celles qui ont une raison d'acheter maintenant. #char:alice:neutral
  cecile: Le Président compte, Alice. Il ne lit pas les annexes. #char:cecile:worried
}
Elle referme le document et pose la main à plat dessus. Puis elle lève les yeux vers moi. #char:cecile:worried
cecile: Tu penses que ça suffira ?
Nous y voilà. La question. La réponse honnête, c'est : je n'en sais rien, mais je l'espère de toutes mes forces.
Elle a le Président sur le dos. Il lui faut quelque chose à monter à l'étage : un plan, et quelqu'un qui y croit.
Mais si je promets et que ça ne marche pas, c'est précisément ma promesse dont tout le monde se souviendra en juin.
* [Je vais tout faire pour que ça marche ! #id:answer_bravado]
  ~ answer = "answer_bravado"
  alice: Je vais tout faire pour que ça marche ! #char:alice:happy
  Ça sort fort et clair, comme un slogan. J'y crois presque moi-même.
  Les épaules de Cécile descendent d'un bon centimètre. Pour la première fois en trois jours, elle sourit. #char:cecile:happy
  cecile: C'est ce que j'avais besoin d'entendre.
  Quelque part au fond de ma tête, la petite voix de la nuit se racle la gorge. Je l'ignore. Je commence à avoir l'habitude.
* [Honnêtement ? Je ne peux pas encore le savoir. Je suivrai chaque semaine. #id:answer_measure]
  ~ answer = "answer_measure"
  alice: Honnêtement ? Je ne peux pas encore le savoir. Personne ne peut. Mais je suivrai les résultats chaque semaine, et si quelque chose ne marche pas, je corrigerai en route au lieu de le découvrir en juin. #char:alice:neutral
  Silence. Cécile me regarde longuement. J'entends la pendule de son bureau. #char:cecile:surprised #sfx:clock_tick
  cecile: « Je ne peux pas encore le savoir. » Le Président va adorer. #char:cecile:tense
  cecile: Mais je préfère ça à une promesse. Tous les lundis, une page sur mon bureau : ce qui est parti, ce qui est revenu, ce que les commerciaux ont accepté. #char:cecile:neutral
  alice: Tous les lundis. Marché conclu. #char:alice:happy
  Ça me fait une tâche de plus, chaque semaine. Bizarrement, ça pèse moins lourd qu'une promesse.
- cecile: Bon. Vas-y, fonce ! #char:cecile:happy #music:office
Fonce. Droit devant. Droit dans le mur, peut-être ? La blague est là, sur le bout de ma langue.
Je la ravale. Certaines blagues sont faites pour un journal intime, pas pour le bureau de sa patronne.
alice: C'est parti ! #char:alice:happy
Moins drôle. Nettement plus prudent. Je m'éclipse avant qu'elle ait le temps de le relire.
De retour dans l'open space, je me laisse tomber sur ma chaise. Le plan est rendu. Il ne reste plus qu'à le faire marcher, avec ce que j'ai.
Et ce que j'ai, pour l'instant, c'est une base de contacts, un budget, et la tête pleine de camemberts.
-> d3_content
