// Épisode 2, seconde moitié : du livre blanc au lancement (D3 contenu, D4 fichier, D5 lancement).
// Miroir ligne à ligne du fichier EN : mêmes knots, choix, ids, logique et tags non textuels.

=== d3_content ===
#scene:alice_desk #music:office #prop:action_plan
Première question, et pas la moindre : qu'est-ce que je raconte à mes contacts ? Sous quel prétexte frapper à leur boîte mail ?
La version honnête : « Confiez toutes vos télécoms au Groupe, sinon je vais avoir des ennuis. Faites-le pour mon Président. »
Non. Je n'en suis pas encore là.
{
- plan == "plan_scale_all":
  Mon plan dit « plus de tout ». Encore faut-il une raison d'envoyer tout ça.
- plan == "plan_analyse":
  En 2015, les seuls emails qui m'ont valu un merci des commerciaux contenaient quelque chose d'utile. Un guide, une étude. Pas une promo.
- else:
  J'ai ma liste de comptes cibles. Et je leur envoie quoi ? « Bonjour, notre tableur vous aime bien » ?
}
{
- confidence > 0:
  L'optimiste en moi dit que ce n'est qu'un problème de contenu.
- confidence < 0:
  La pessimiste en moi dit que c'est le cadet de mes soucis.
- else:
  La blagueuse en moi propose d'écrire « s'il vous plaît ». Le reste de moi ne rit pas.
}
Je n'ai rien de neuf à dire. Rien qui ferait lever le nez d'un DSI débordé.
Mon téléphone vibre. #sfx:phone_buzz #prop:sms
aurelie: tu pe monté ? g un truc pr ta campagne. + cookies choco

#scene:aurelie_office #prop:none
aurelie: La voilà ! Assieds-toi. Un cookie. Raconte-moi tout. #char:aurelie:happy
Je lui raconte tout : Cécile, mon plan, ma réponse.
{answer == "answer_bravado": Je rejoue mon « Je vais tout faire pour ! », poing levé. Aurélie en lâche son cookie.|Je rejoue mon « Je suivrai chaque semaine », voix de grande personne. Aurélie me surnomme « la Cour des comptes ».}
On invente une devise pour le service : vingt pour cent de leads en plus, ou vingt pour cent de cookies en plus. #char:aurelie:happy
Mais les rires s'arrêtent un peu trop tôt. #char:aurelie:worried
aurelie: Bon. J'ai peut-être un truc pour toi. #char:aurelie:neutral #prop:white_paper #sfx:paper_rustle
Elle fait glisser un document encore tiède : « Sécuriser les terminaux mobiles dans la Défense : retours du terrain ». Quarante pages, un cadenas sur la couverture.
aurelie: On l'a fini la semaine dernière avec Philippe. Enfin, Philippe l'a écrit. Moi, je l'ai rendu lisible. À peu près. #char:aurelie:happy
Chiffrement, conteneurs, effacement à distance, « chaîne de démarrage durcie », et un schéma qui ressemble furieusement à un sous-marin.
alice: Il est très bien. Mais c'est pour les agents secrets. Et des agents secrets, dans ma base, j'en compte assez peu.
aurelie: C'est ce que je lui ai dit ! Mais Philippe dit que ça intéresse tout le monde. Attends. #char:aurelie:surprised
Elle appelle dans le couloir. Dix secondes plus tard, on frappe au chambranle. #sfx:door_knock
philippe: Tu m'as appelé ? #char:philippe:neutral
Philippe, l'un de nos meilleurs ingénieurs. Il parle en phrases complètes, avec notes de bas de page.
aurelie: Dis à Alice à qui s'adresse ton livre blanc. #char:aurelie:happy
philippe: À tout le monde. #char:philippe:happy
philippe: Toutes les entreprises ont des mobiles. Chaque téléphone est une porte. La Défense a simplement les cambrioleurs les plus motivés.
alice: Une chaîne de boulangeries à Lyon, Philippe. Tu crois qu'elle perd le sommeil pour des chaînes de démarrage durcies ?
philippe: Elle devrait. Page vingt-trois. #char:philippe:neutral
* [Lui dire qu'il vit dans un monde parallèle. #id:content_quip_aloud]
  alice: Tout le monde dans ton monde, peut-être. Mais ton monde, Philippe, il est parallèle au nôtre. #char:philippe:surprised
  Aurélie s'étrangle avec son cookie. Philippe y réfléchit sincèrement.
  philippe: Statistiquement, c'est le cas de tout le monde. Je le prends comme un compliment. #char:philippe:happy
* [Sourire, hocher la tête, et garder ça pour moi. #id:content_quip_inside]
  Je souris. Dans ma tête : tout le monde dans son monde, peut-être. Mais Philippe vit dans un monde parallèle, où l'on lit des modèles de menace à la plage. #char:philippe:happy
  Aurélie croise mon regard. Elle a entendu la phrase quand même. Elle entend toujours tout. #char:aurelie:happy
- J'hésite. Il n'a pas complètement tort, et l'horloge tourne. #sfx:clock_tick
La sécurité, tout le monde en parle : chaque semaine, un piratage fait la une. Et personne n'a rien de plus neuf à envoyer.
aurelie: Alors ? Tu t'en sers ? C'est la seule nouveauté qu'on a ce trimestre. #char:aurelie:worried
{
- plan == "plan_target":
  Dans ma liste de comptes cibles, quelques industriels de la défense, deux ministères, de grandes banques. Pour eux, le livre blanc tombe pile. Pour les autres, beaucoup moins.
- answer == "answer_bravado":
  J'ai dit à Cécile que j'allais tout faire. Pour l'instant, « tout », c'est quarante pages sur des sous-marins.
- else:
  J'ai promis à Cécile des chiffres lisibles. Quoi que je fasse de ce livre blanc, il faudra savoir l'expliquer.
}
* [Le vendre à tout le monde : la sécurité concerne chaque entreprise. #id:content_wp_everyone]
  ~ content = "content_wp_everyone"
  alice: Tu sais quoi ? Philippe a raison. La sécurité, ça concerne toutes les entreprises. #char:philippe:happy
  philippe: J'ai souvent raison. Ça ne me sert presque jamais.
  aurelie: Mon livre blanc part chez tout le monde ! #char:aurelie:happy
  De retour à mon bureau, j'essaie d'écrire l'accroche. #scene:alice_desk #sfx:keyboard #exit:all
  Version un : « Pourquoi la Défense vous concerne. » Qui ça, « vous » ? Tout le monde. C'est bien le problème.
  À la version quatre, une fleuriste avec un portable pro est en première ligne, et la tablette d'un expert-comptable relève du secret défense.
  Du contorsionnisme éditorial. J'ajouterai « grande souplesse » à mon CV.
  Et pourtant, tout le monde a un téléphone et a entendu parler d'un piratage. Ça peut marcher.
* [L'envoyer seulement à ceux que la sécurité empêche de dormir. #id:content_wp_targeted]
  ~ content = "content_wp_targeted"
  alice: Je l'envoie aux gens pour qui il a été écrit. Défense, secteur public, grands comptes. Ceux que ça empêche vraiment de dormir.
  philippe: C'est un nombre inférieur à « tout le monde ». #char:philippe:surprised
  aurelie: Ça ne va pas faire un peu léger ? Pour vingt pour cent de plus ? #char:aurelie:worried
  Si. C'est bien ce qui me noue l'estomac.
  De retour à mon bureau, je filtre ma base : défense, secteur public, grandes entreprises. #scene:alice_desk #sfx:keyboard #exit:all
  Le nombre de contacts baisse à chaque filtre, comme un ascenseur qui descend au parking.
  Mais ceux qui restent l'ouvriront. Le reste de ma base attendra quelque chose qui parle vraiment d'eux.
* [Le retravailler avec Philippe en versions courtes par secteur. #id:content_adapt]
  ~ content = "content_adapt"
  alice: Philippe, et si on en tirait des versions courtes ? Une par secteur : santé, transport, finance, secteur public. Quatre pages, leurs problèmes, leurs mots.
  Le visage de Philippe s'illumine. Je ne savais pas que c'était possible. #char:philippe:happy
  philippe: Les hôpitaux ! Des tablettes sans chiffrement. Les livreurs et leurs terminaux. Les conseillers bancaires dans le train. J'ai des notes sur tout ça.
  aurelie: Je fais les maquettes. Pas de sous-marins. #char:aurelie:happy
  alice: Il vous faut combien de temps ?
  philippe: Pour bien faire ? Trois semaines. Quatre, si j'ai le droit d'être précis. #char:philippe:neutral
  Des semaines. Mon agenda a « lundi 4 janvier » entouré en rouge. Quatre semaines, avec Noël au milieu, ça nous mène à fin janvier.
  J'en parle à Cécile le soir même. #scene:cecile_office #exit:all #char:cecile:tense
  cecile: Trois semaines ? Alice, le Président me demande tous les lundis où on en est.
  alice: On aura quelque chose qui parle à chaque secteur. Pas seulement aux sous-marins.
  Elle se masse les tempes. Puis le sourire fatigué. #char:cecile:neutral
  cecile: D'accord. Mais pas un jour de plus. Tu vas y arriver.
- {answer == "answer_bravado": J'ai dit que j'allais tout faire. Apparemment, « tout » commence par un livre blanc et beaucoup d'espoir.|J'ai promis de mesurer et de corriger. Au moins, il y aura quelque chose à mesurer.}
-> d4_list

=== d4_list ===
#scene:alice_desk #music:office #sfx:keyboard
Noël, puis le 4 janvier, qui arrivent à la vitesse d'un TGV.
{
- content == "content_wp_everyone":
  L'accroche est écrite : « Les leçons de la Défense, pour toutes les entreprises. » À force de la relire, elle sonne presque juste.
- content == "content_wp_targeted":
  Ma liste restreinte est prête. Restreinte étant le mot-clé.
- else:
  Philippe m'envoie des brouillons à vingt-trois heures, objet : « v7 DÉFINITIVE (vraiment) ».
}
Et puis il y a ma base. Soyons honnêtes : une boîte à chaussures.
Des badges de salons scannés en 2013, des demandes de devis restées sans nouvelles. Certains ont changé de poste ou d'entreprise ; un au moins coule une retraite paisible en Dordogne.
Le téléphone sonne. Numéro inconnu. #scene:phone_call #sfx:phone_ring #char:vendor:happy
vendor: Bonjour ! Alice, la responsable marketing B2B ? Formidable. Je serai bref : il paraît que vous travaillez sur la Défense.
Comment il le sait ? Je ne l'ai même pas dit à ma mère.
vendor: J'ai une base de prospects hyper ciblée sur la Défense. Des milliers de décideurs, avec noms, fonctions et emails directs. Exactement le public de votre livre blanc.
Il connaît le livre blanc : Aurélie a posté la couverture sur LinkedIn.
alice: D'où viennent les adresses ?
vendor: Cent pour cent opt-in. Tout est conforme. Mis à jour récemment. #char:vendor:neutral
alice: Récemment, c'est-à-dire ?
vendor: Très récemment. #char:vendor:happy
vendor: Et je peux vous faire un prix spécial. Mais seulement jusqu'à vendredi.
vendor: Après, on repasse au prix catalogue, et deux de vos concurrents se sont déjà renseignés. #char:vendor:tense
Il ne dit pas lesquels. Ils ne le disent jamais. N'empêche : des milliers de décideurs de la Défense, au moment précis où j'ai un livre blanc sur la Défense.
{
- plan == "plan_scale_all":
  Mon plan dit « plus de tout ». Plus de contacts, c'en est la version la plus littérale.
- plan == "plan_analyse":
  Mon analyse de 2015 a une ligne sur les fichiers achetés. Courte, et pas très chaleureuse. Mais en 2015, on n'avait pas ce livre blanc.
- else:
  Ma liste de comptes cibles a des trous : des entreprises que je veux, sans personne dedans à qui écrire. Lui, il vend des noms.
}
{content == "content_wp_targeted": Mon audience vient de fondre à une poignée de secteurs. Avec ça, elle redeviendrait grande, et pile dans le sujet.}
{answer == "answer_bravado": Et j'ai promis de tout faire. Tout, à prix spécial, jusqu'à vendredi.}
vendor: Alors, je vous envoie le bon de commande ? #char:vendor:happy
* [L'acheter avant vendredi et l'intégrer à ma base. #id:list_buy_merge]
  ~ list = "list_buy_merge"
  alice: Envoyez-moi le bon. Avant vendredi.
  vendor: Excellente décision. #char:vendor:happy
  Le fichier arrive jeudi soir, zippé, avec un nom qui ressemble à un mot de passe. #scene:alice_desk #exit:vendor #prop:prospect_list
  Des milliers de lignes. Fonctions : « Directeur », « DIRECTEUR », « Dir. », et un « Monsieur le Directeur Général Monsieur ».
  J'importe, je fusionne. La plateforme d'emailing trouve quelques doublons et avale le reste.
  En une soirée, ma base a plus grossi qu'en deux ans de salons. Ça ressemble à un progrès.
  {content == "content_wp_everyone": Et « tout le monde » inclut maintenant des milliers de décideurs de la Défense. Philippe va être ravi.}
* [L'acheter, mais tester un échantillon et ne garder que le propre. #id:list_buy_verify]
  ~ list = "list_buy_verify"
  alice: Je le prends. Mais je teste un échantillon avant qu'il approche ma base.
  vendor: Tester ? Il a été nettoyé, Alice. Très nettoyé. #char:vendor:surprised
  alice: Alors il passera haut la main.
  Sa voix perd quelques degrés. #char:vendor:tense
  vendor: Bien sûr. Vendredi, quand même.
  Le fichier arrive jeudi. Je le range dans un dossier « quarantaine ». #scene:alice_desk #exit:vendor #prop:prospect_list
  Je passe un échantillon au hasard dans un outil de validation d'adresses. Certaines sont bonnes. D'autres rebondissent, ou pointent vers des entreprises disparues.
  Des « contact@ » et des « info@ », autant crier dans un puits. Une poignée ont l'air trop parfaites : des pièges à spam, sans doute.
  Alors je valide tout le fichier et je ne garde que ce qui passe. Ça me mange des jours que je n'avais pas prévus.
  La liste qui entre dans ma base est bien plus petite que celle que j'ai payée. Mais je sais ce qu'il y a dedans.
  {content == "content_adapt": Philippe et moi, on est en retard ensemble. Rien ne rapproche comme une échéance qui glisse.}
* [Pas de fichier. Je nettoie et j'enrichis plutôt ma propre base. #id:list_none]
  ~ list = "list_none"
  alice: Merci, mais non.
  vendor: Vous êtes consciente que ce prix ne tiendra pas après vendredi ? #char:vendor:surprised
  alice: Tout à fait. Vendredi se passera de moi.
  Il me souhaite une bonne journée sur un ton qui me souhaite le contraire. #char:vendor:tense
  Je viens vraiment de refuser des milliers de décideurs de la Défense ? #scene:alice_desk #exit:vendor
  J'ouvre ma propre base, manches retroussées. #sfx:keyboard #prop:prospect_list
  Des doublons, des gens partis depuis des années, et une Mme Test Test qui reçoit nos newsletters depuis 2012.
  Je dédoublonne, j'enlève les disparus, je vérifie les grands comptes un par un sur LinkedIn. J'ajoute secteurs et tailles d'entreprise, de quoi distinguer un hôpital d'un transporteur.
  C'est lent, ingrat, et personne ne me félicitera jamais. #sfx:phone_buzz #prop:sms
  aurelie: sa va ? on dirè ke tu compt les grain de sabl. 1 café ?
  Des grains propres, au moins. Ma base en sort plus nette, et plus petite. Encore ce mot.
- -> d5_launch

=== d5_launch ===
#scene:alice_desk #music:office #prop:none
{content == "content_adapt": Les derniers jours de décembre. Tout est prêt, ou presque, sauf les versions de Philippe : le mailing les attendra jusqu'à fin janvier.|Les derniers jours de décembre. Tout est prêt, ou presque.}
{
- content == "content_wp_everyone":
  Sur la landing page : « Les leçons de la Défense, pour toutes les entreprises », un cadenas, et une femme souriante qui pourrait être n'importe qui. C'est le but.
- content == "content_wp_targeted":
  La landing page dit exactement ce qu'est le livre blanc. Pas d'acrobaties, pas de fleuristes.
- else:
  Quatre guides sectoriels en chantier, les maquettes d'Aurélie, et pas un seul sous-marin. Philippe le regrette un peu.
}
{
- list == "list_buy_merge":
  Et ma base, gonflée des noms du vendeur, affiche un nombre de contacts que je dois lire deux fois.
- list == "list_buy_verify":
  {content == "content_adapt": Dans ma base, la partie propre du fichier du vendeur. Le reste est en quarantaine.|Le fichier du vendeur reste en quarantaine le temps de tester un échantillon et de vérifier chaque adresse : la partie propre rejoindra ma base la troisième semaine.}
- else:
  Et ma propre base, récurée. Plus petite que je ne voudrais, mais je connais chaque colonne par son prénom.
}
Reste à savoir comment l'envoyer. Toute la question.
Cécile apparaît au bout de ma rangée, déjà en manteau. #char:cecile:tense
cecile: Alors ? Ça part quand ?
{
- answer == "answer_bravado":
  cecile: Tu m'as dit que tu allais tout faire. J'ai promis au Président le premier lundi de janvier. #char:cecile:tense
  Ma propre promesse me tombe sur les épaules.
- else:
  cecile: Tu m'as promis des chiffres chaque semaine. J'aimerais assez qu'il y ait une semaine un. #char:cecile:neutral
  De bonne guerre : on ne mesure pas une campagne qui dort dans les brouillons.
}
Je vois trois façons de faire.
La première : être partout. Un mailing à tout le monde, et notre nom sur tous les écrans. Le Président le verra en allant au bureau.
La deuxième : être précise. Un message par segment, et seulement les médias que nos acheteurs lisent. Quatre fois plus de travail, moins d'éclat.
La troisième : tester d'abord. Deux versions sur un échantillon, deux semaines d'attente, puis on envoie ce qui gagne. Plus malin, peut-être. Plus lent, sûrement.
{plan == "plan_scale_all": Mon plan sait déjà laquelle il préfère. C'est écrit en gras.}
{plan == "plan_target": Ma liste de comptes cibles ne demande qu'à servir.}
{plan == "plan_analyse": Mon analyse de 2015 m'a dit ce que coûtait chaque canal. Pas quoi faire le 4 janvier.}
* [Un mailing à tout le monde, et présente sur tous les canaux. #id:launch_blast]
  ~ launch = "launch_blast"
  alice: Tout, partout, lundi à la première heure.
  cecile: Voilà ce que j'aime entendre. #char:cecile:happy
  Elle repart d'un pas léger que je ne lui avais pas vu depuis des semaines. #exit:cecile
  Un mailing. Une landing page. Tous les contacts, sans exception. #sfx:keyboard
  Des tweets, des posts LinkedIn, et la page Facebook du Groupe, entre une promo sur les coques et un jeu-concours.
  Des bannières partout où l'on veut bien de moi : presse informatique, presse économique, un magazine défense, des sites d'info.
  {list == "list_buy_merge": Quand je charge l'envoi, je dois compter les chiffres du total avec le doigt.}
  {content == "content_wp_everyone": Et tout renvoie vers une seule page qui explique à la France entière que les leçons de la Défense sont pour elle. Cohérent, au moins.}
  C'est grand, c'est bruyant : un plan qui prend les vingt pour cent au sérieux.
* [Un mailing par segment, LinkedIn sur les cibles, quelques médias choisis. #id:launch_segmented]
  ~ launch = "launch_segmented"
  alice: Pas un mailing. Un par segment. Laisse-moi le temps de faire ça bien.
  cecile: Bien, et vite. #char:cecile:neutral
  J'ouvre un tableur vierge, début de toutes mes histoires d'amour. #exit:cecile
  Je découpe la base : petites entreprises, PME et ETI, grands comptes, secteur public et défense. #sfx:keyboard
  Un email et une landing page par segment, des objets écrits avec leurs mots.
  {
  - content == "content_adapt":
    Chaque segment reçoit la version de Philippe qui lui parle.
  - content == "content_wp_targeted":
    Le livre blanc part vers les segments pour lesquels il a été écrit, sans rien tordre.
  - else:
    Même « la Défense concerne tout le monde » prend quatre accents différents. Du contorsionnisme bien élevé.
  }
  Des posts LinkedIn sponsorisés, visant les bonnes fonctions dans les bonnes entreprises. Deux ou trois titres spécialisés, choisis pour leurs lecteurs.
  {plan == "plan_target": Ma liste de comptes cibles décide enfin qui voit quel post.}
  Quatre fois plus de relecture, et moins de bannières sur le trajet de Cécile. Pourvu qu'elle ne les compte pas.
* [Tester deux versions sur un échantillon, puis déployer les gagnantes. #id:launch_test_first]
  ~ launch = "launch_test_first"
  alice: D'abord un test. Deux versions sur un échantillon, deux semaines. Ensuite, les gagnantes partent chez tout le monde.
  cecile: Alice. Le Président ne s'intéresse pas au A et au B. Il s'intéresse au B2B. #char:cecile:tense
  cecile: Bon. Mais vite. #exit:cecile
  Deux objets, l'un sobre, l'autre culotté. Deux landing pages, formulaire en haut ou résumé d'abord. #sfx:keyboard
  Deux bannières à petit budget, deux posts LinkedIn, pour voir sur lesquels on clique. Le reste de la base attendra deux semaines, un peu comme moi.
  {answer == "answer_measure": C'est exactement ma promesse : mesurer, puis corriger.}
  {answer == "answer_bravado": Tout faire, ça peut aussi vouloir dire en faire un peu, soigneusement, d'abord. Pourvu que Cécile le voie comme ça.}
- #scene:launch #music:tension
{content == "content_adapt": Lundi 25 janvier 2016, quatrième semaine, plus tard que prévu : bannières et posts tournent depuis le 4. Neuf heures du matin.|Lundi 4 janvier 2016, jour de la rentrée. Neuf heures du matin.}
{launch == "launch_segmented" && content != "content_adapt": Aujourd'hui, les bannières et les posts LinkedIn. Les mailings par segment suivront la troisième semaine, une fois construits.}
{launch == "launch_test_first": Ce n'est que l'échantillon, mais ça a un goût de grand saut.}
Mon curseur survole le bouton. Le cœur dans la gorge.
{answer == "answer_bravado": « Je vais tout faire pour ! » Voilà le tout.}
Envoyer. #sfx:mail_swoosh
{
- launch == "launch_blast":
  Les enveloppes s'envolent toutes à la fois vers toute ma base. Sur les autres écrans, tweets, posts et bannières prennent vie.
- launch == "launch_segmented":
  Les mailings partent l'un après l'autre, comme des canetons qui traversent la route. Les posts sponsorisés s'allument dans les bons fils d'actualité.
- else:
  Deux petits envois partent côte à côte, comme des jumeaux le jour de la rentrée.
}
Première notification : le compte du Groupe a aimé mon post. #sfx:notif_ping
Une réponse automatique d'un directeur des achats, absent jusqu'au quinze. #sfx:notif_ping
{list == "list_buy_merge": Puis un « Mail delivery failed ». Puis un autre. Ça va se tasser, je me dis.|Puis un « Mail delivery failed ». Il y en a toujours quelques-uns.} #sfx:notif_ping
Aurélie partage, avec trois points d'exclamation. #sfx:notif_ping
Philippe a aimé. Philippe n'aime jamais rien. #sfx:notif_ping
Mon téléphone vibre. #sfx:phone_buzz #prop:sms
aurelie: c parti !!! tro fière de toi. mtn respir
Je respire. Un peu. #prop:none
{
- confidence > 0:
  L'optimiste en moi imagine déjà le tableau de bord dans huit semaines.
- confidence < 0:
  La pessimiste en moi rédige déjà les excuses du tableau de bord dans huit semaines.
- else:
  La blagueuse en moi a déjà une légende pour le tableau de bord dans huit semaines. Je préfère ne pas l'entendre.
}
{answer == "answer_measure": Chaque lundi, je regarderai, et je dirai la vérité à Cécile.|J'ai promis de tout faire. La dernière étape du tout, c'est attendre.}
Le tableau de bord est vide. Ma boîte de réception se tait. #music:silence
Je croise les doigts sous le bureau.
Croisons les doigts.
-> ep3_first_results
