// Épisode 2, seconde moitié : du livre blanc au lancement (D3 contenu, D4 fichier, D5 lancement).
// Miroir ligne à ligne du fichier EN : mêmes knots, choix, ids, logique et tags non textuels.

=== d3_content ===
#scene:alice_desk #music:office #prop:action_plan
Bon. Première question, et pas la moindre : qu'est-ce que je raconte à mes contacts ? Sous quel prétexte je vais frapper à leur boîte mail ?
La version honnête s'écrit toute seule. « Madame, Monsieur, merci de confier toutes vos télécoms au Groupe, sinon je vais avoir des ennuis. »
« Si vous ne le faites pas pour vous, faites-le pour moi. Pour ma famille. Pour mon Président. »
Non. Je n'en suis pas encore là. Donnons-nous quinze jours.
{
- plan == "plan_scale_all":
  Mon plan dit « plus de tout » : plus d'emailings, plus de posts, plus de bannières, plus de salons. Encore faut-il une raison d'envoyer tout ça.
- plan == "plan_analyse":
  J'ai décortiqué 2015 ligne à ligne. Les seuls emails qui m'ont valu un merci des commerciaux contenaient quelque chose d'utile. Un guide, une étude, une réponse. Pas une promo.
- else:
  J'ai ma liste de comptes cibles, classés selon tous les signaux que j'ai pu dénicher. Très bien. Et je leur envoie quoi ? « Bonjour, notre tableur vous aime bien » ?
}
{
- confidence > 0:
  L'optimiste en moi dit que c'est juste un problème de contenu, et que ça se règle.
- confidence < 0:
  La pessimiste en moi, qui monopolise la parole depuis le discours, dit que c'est le cadet de mes soucis.
- else:
  La blagueuse en moi dit que le contenu, c'est simple : il suffit d'écrire « s'il vous plaît ». Le reste de moi ne rit pas.
}
De toute façon, je n'ai rien de neuf à dire. Rien qui ferait lever le nez d'un DSI débordé.
Mon téléphone vibre sur le bureau. #sfx:phone_buzz #prop:sms
aurelie: tu pe monté ? g un truc pr ta campagne. + cookies choco
Aurélie. La seule à m'avoir envoyé un texto après le discours du Président. Rien que pour ça, je la suivrais n'importe où. Même deux étages plus haut.

#scene:aurelie_office #prop:none
aurelie: La voilà ! Assieds-toi. Un cookie. Raconte-moi tout. #char:aurelie:happy
Aurélie est à la Communication. On est arrivées à quelques mois d'écart, et depuis on partage nos victoires minuscules et nos drames XXL, au bureau comme en dehors.
Alors je lui raconte tout. La mâchoire crispée de Cécile, le mot « rapidement », mon plan, ma réponse.
{answer == "answer_bravado": Je rejoue mon « Je vais tout faire pour ! », poing levé. Aurélie en lâche son cookie de rire.|Je rejoue mon « Je mesurerai chaque semaine », avec ma voix de grande personne. Aurélie rit et me surnomme « la Cour des comptes ».}
On invente une devise pour le service. Vingt pour cent de leads en plus, ou vingt pour cent de cookies en plus. #char:aurelie:happy
Mais on rit du bout des lèvres. Les rires partent un peu trop vite et s'arrêtent un peu trop tôt. #char:aurelie:worried
aurelie: Bon. J'ai peut-être un truc pour toi, en fait. #char:aurelie:neutral #prop:white_paper #sfx:paper_rustle
Elle fait glisser un document sur le bureau, encore tiède de l'imprimante.
« Sécuriser les terminaux mobiles dans la Défense : retours du terrain ». Quarante pages. Une couverture grise avec un cadenas dessus.
aurelie: On l'a fini la semaine dernière avec Philippe. Enfin, Philippe l'a écrit. Moi, je l'ai rendu lisible. À peu près. #char:aurelie:happy
Je le feuillette. Chiffrement, conteneurs, effacement à distance, un truc appelé « chaîne de démarrage durcie ». Un schéma qui ressemble furieusement à un sous-marin.
alice: Il est très bien, Aurélie. Mais ton sujet, c'est surtout pour les agents secrets. Et des agents secrets, dans ma base, j'en compte assez peu.
alice: Ceux que j'ai se sont sûrement inscrits sous un faux nom.
aurelie: C'est ce que je lui ai dit ! Mais Philippe dit que ça intéresse tout le monde. Attends. #char:aurelie:surprised
Elle se penche par la porte et appelle dans le couloir. Dix secondes plus tard, on frappe au chambranle. #sfx:door_knock
philippe: Tu m'as appelé ? #char:philippe:neutral
Philippe est l'un de nos meilleurs ingénieurs. Il parle en phrases complètes, avec notes de bas de page.
aurelie: Dis à Alice à qui s'adresse ton livre blanc. #char:aurelie:happy
philippe: À tout le monde. #char:philippe:happy
philippe: Toutes les entreprises ont des mobiles. Chaque téléphone est une porte. La Défense a simplement les cambrioleurs les plus motivés.
alice: Une chaîne de boulangeries à Lyon, Philippe. Tu crois qu'une chaîne de boulangeries perd le sommeil pour des chaînes de démarrage durcies ?
philippe: Elle devrait. Page vingt-trois. #char:philippe:neutral
Il le dit avec une sincérité totale, comme on signale à quelqu'un que son lacet est défait.
* [Lui dire qu'il vit dans un monde parallèle. #id:content_quip_aloud]
  alice: Tout le monde dans ton monde, peut-être. Mais ton monde, Philippe, il est parallèle au nôtre. #char:philippe:surprised
  Aurélie s'étrangle avec son cookie. Philippe y réfléchit, sincèrement, pendant cinq bonnes secondes.
  philippe: Statistiquement, c'est le cas de tout le monde. Je le prends comme un compliment. #char:philippe:happy
* [Sourire, hocher la tête, et garder ça pour moi. #id:content_quip_inside]
  Je souris et je hoche la tête. Dans ma tête, la phrase se forme toute seule : tout le monde dans son monde, peut-être. Mais Philippe vit dans un monde parallèle. #char:philippe:happy
  Un monde où l'on lit des modèles de menace à la plage, et où chaque téléphone est une porte avec un cambrioleur derrière.
  Aurélie croise mon regard. Elle a entendu la phrase quand même. Elle entend toujours tout. #char:aurelie:happy
- Entre le fou rire et la crise d'angoisse, je balance. Parce qu'il n'a pas complètement tort, que je n'ai pas complètement raison, et que l'horloge tourne. #sfx:clock_tick
Il faut dire que la sécurité, tout le monde en parle. Chaque semaine, un piratage fait la une. Et personne n'a rien de plus neuf à envoyer.
aurelie: Alors ? Tu t'en sers ? C'est la seule nouveauté qu'on a ce trimestre. #char:aurelie:worried
{
- plan == "plan_target":
  Je pense à ma liste de comptes cibles. Quelques industriels de la défense, deux ministères, de grandes banques. Pour eux, le livre blanc tombe pile. Pour les autres, beaucoup moins.
- answer == "answer_bravado":
  J'ai dit à Cécile que j'allais tout faire. Pour l'instant, « tout », c'est quarante pages sur des sous-marins.
- else:
  J'ai promis à Cécile des chiffres lisibles. Quoi que je fasse de ce livre blanc, il faudra que je sache l'expliquer.
}
* [Le vendre à tout le monde : la sécurité concerne chaque entreprise. #id:content_wp_everyone]
  ~ content = "content_wp_everyone"
  alice: Tu sais quoi ? Philippe a raison. La sécurité, ça concerne toutes les entreprises. #char:philippe:happy
  philippe: J'ai souvent raison. Ça ne me sert presque jamais.
  aurelie: Mon livre blanc part chez tout le monde ! Je marque ce jour d'une pierre blanche. #char:aurelie:happy
  De retour à mon bureau, j'essaie d'écrire l'accroche. #scene:alice_desk #sfx:keyboard #exit:all
  Version un : « Pourquoi la Défense vous concerne. » Qui ça, « vous » ? Tout le monde. C'est un peu ça, le problème.
  Version deux : « Ce que les armées peuvent apprendre à votre entreprise sur la sécurité mobile. » Mieux. On dirait presque que c'est fait exprès.
  À la version quatre, une fleuriste avec un portable pro est quasiment en première ligne, et la tablette d'un expert-comptable relève du secret défense.
  Du contorsionnisme éditorial. Je devrais l'ajouter à mon CV : « grande souplesse ».
  Et pourtant. Tout le monde a entendu parler d'un piratage. Tout le monde a un téléphone. Ça peut marcher. Vraiment.
* [L'envoyer seulement à ceux que la sécurité empêche de dormir. #id:content_wp_targeted]
  ~ content = "content_wp_targeted"
  alice: Je l'envoie aux gens pour qui il a été écrit. Défense, secteur public, grands comptes. Ceux que ça empêche vraiment de dormir.
  philippe: C'est un nombre inférieur à « tout le monde ». #char:philippe:surprised
  alice: C'est un nombre inférieur à tout le monde, oui. Bien vu.
  aurelie: Ça ne va pas faire un peu... léger ? Pour vingt pour cent de plus ? #char:aurelie:worried
  Si. C'est précisément ce qui me noue l'estomac.
  De retour à mon bureau, je filtre ma base. Défense. Secteur public. Entreprises au-delà d'une certaine taille. #scene:alice_desk #sfx:keyboard #exit:all
  Le nombre de contacts baisse à chaque filtre, comme un ascenseur qui descend au parking.
  Mais ceux qui restent l'ouvriront, je crois. Quelques-uns iront même jusqu'à la page vingt-trois.
  Le reste de ma base attendra quelque chose qui parle vraiment d'eux.
* [Le retravailler avec Philippe en versions courtes par secteur. #id:content_adapt]
  ~ content = "content_adapt"
  alice: Philippe, et si on en tirait des versions courtes ? Une par secteur : santé, transport, finance, secteur public. Quatre pages chacune, leurs problèmes, leurs mots.
  Le visage de Philippe s'illumine. Je ne savais même pas que c'était possible. #char:philippe:happy
  philippe: Les hôpitaux ! Des tablettes dans les services, sans chiffrement. Les livreurs et leurs terminaux. Les conseillers bancaires qui travaillent dans le train. J'ai des notes sur tout ça.
  philippe: Ça fait trois ans que j'attends qu'on me pose la question.
  aurelie: Je fais les maquettes. Avec des images. Pas de sous-marins. #char:aurelie:happy
  alice: Il vous faut combien de temps ?
  philippe: Pour bien faire ? Trois semaines. Quatre, si j'ai le droit d'être précis. #char:philippe:neutral
  Des semaines. Mon agenda n'a pas de semaines. Mon agenda a « début février » entouré en rouge.
  J'en parle à Cécile le soir même. #scene:cecile_office #exit:all #char:cecile:tense
  cecile: Trois semaines ? Alice, le Président me demande tous les lundis où on en est.
  alice: On aura quelque chose qui parle à chaque secteur. Pas seulement aux sous-marins.
  Elle se masse les tempes. Puis vient le sourire, celui qui est un peu fatigué. #char:cecile:neutral
  cecile: D'accord. Mais pas un jour de plus. Tu vas y arriver.
  « Tu vas y arriver. » Tout le monde ici a l'air tellement plus sûr de ça que moi.
- {answer == "answer_bravado": J'ai dit que j'allais tout faire. Apparemment, « tout » commence par un livre blanc et beaucoup d'espoir.|J'ai promis de mesurer et de corriger. Au moins, il y aura quelque chose à mesurer.}
-> d4_list

=== d4_list ===
#scene:alice_desk #music:office #sfx:keyboard
Quelques jours plus tard. La fin janvier arrive à la vitesse d'un TGV.
{
- content == "content_wp_everyone":
  L'accroche est écrite. « Les leçons de la Défense, pour toutes les entreprises. » Je l'ai tellement relue qu'elle commence à sonner juste.
- content == "content_wp_targeted":
  Ma liste restreinte est prête. Restreinte étant le mot-clé.
- else:
  Philippe m'envoie des brouillons à vingt-trois heures, objet : « v7 DÉFINITIVE (vraiment) ». Aurélie a officiellement interdit les sous-marins.
}
Et puis il y a ma base. Soyons honnêtes : c'est une boîte à chaussures.
Des badges scannés sur des salons en 2013. Un webinar avec un partenaire. Quelques milliers de gens qui ont un jour demandé un devis, restés sans nouvelles.
Certains ont changé de poste. D'autres d'entreprise. Au moins un, j'en suis presque sûre, coule une retraite paisible en Dordogne.
Le téléphone sonne. Numéro inconnu. #scene:phone_call #sfx:phone_ring #char:vendor:happy
vendor: Bonjour ! Alice, c'est bien ça ? La responsable marketing B2B ? Formidable.
vendor: Je serai bref, je sais à quel point vous êtes débordée. Il paraît que vous travaillez sur la Défense.
Comment il le sait ? Je ne l'ai même pas dit à ma mère.
vendor: J'ai une base de prospects hyper ciblée sur la Défense. Hyper ciblée. Des milliers de décideurs, avec noms, fonctions et emails directs.
vendor: Fournisseurs des armées, intégrateurs, directeurs sécurité, acheteurs. Exactement le public de votre livre blanc.
Il connaît le livre blanc. Évidemment. Aurélie a posté la couverture sur LinkedIn.
alice: D'où viennent les adresses ?
vendor: Cent pour cent opt-in. Sites partenaires, événements, tout est conforme. Mis à jour récemment. #char:vendor:neutral
alice: Récemment, c'est-à-dire ?
vendor: Très récemment. #char:vendor:happy
vendor: Et surtout, je peux vous faire un prix spécial. Mais seulement jusqu'à vendredi.
vendor: Après vendredi, on repasse au prix catalogue, et franchement, deux de vos concurrents se sont déjà renseignés. #char:vendor:tense
Deux concurrents. Il ne dit pas lesquels. Ils ne le disent jamais.
N'empêche. Des milliers de décideurs, de la Défense, au moment précis où j'ai un livre blanc sur la Défense entre les mains.
{
- plan == "plan_scale_all":
  Mon plan dit « plus de tout ». Plus de contacts, c'en est la version la plus littérale.
- plan == "plan_analyse":
  Mon analyse de 2015 a une ligne sur les fichiers achetés. Dans mon souvenir, elle était courte, et pas très chaleureuse. Mais en 2015, on n'avait pas ce livre blanc.
- else:
  Ma liste de comptes cibles a des trous : des entreprises que je veux, sans personne dedans à qui écrire. Lui, il vend des noms.
}
{content == "content_wp_targeted": Mon audience vient de fondre à une poignée de secteurs. Avec ça, elle redeviendrait grande, et pile dans le sujet.}
{answer == "answer_bravado": Et j'ai dit à Cécile que j'allais tout faire. Tout, à prix spécial, jusqu'à vendredi.}
vendor: Alors, je vous envoie le bon de commande ? #char:vendor:happy
* [L'acheter avant vendredi et l'intégrer à ma base. #id:list_buy_merge]
  ~ list = "list_buy_merge"
  alice: Envoyez-moi le bon. Avant vendredi.
  vendor: Excellente décision. Vous ne le regretterez pas. #char:vendor:happy
  Le fichier arrive jeudi soir, zippé, avec un nom qui ressemble à un mot de passe. #scene:alice_desk #exit:vendor #prop:prospect_list
  Je l'ouvre. Des milliers de lignes. Des colonnes dans un ordre connu de Dieu et du vendeur seuls.
  Les fonctions : « Directeur », « DIRECTEUR », « Dir. », « Responsable », et un « Monsieur le Directeur Général Monsieur ».
  Je fais correspondre les colonnes, j'importe, je fusionne. La plateforme d'emailing trouve quelques doublons, réfléchit longuement, et avale le reste.
  En une soirée, ma base a plus grossi qu'en deux ans de salons.
  Ça ressemble à un progrès. Ça pèse le poids d'un progrès. Il est aussi vingt et une heures, et je suis seule sur le plateau avec les agents d'entretien.
  {content == "content_wp_everyone": Et maintenant, « tout le monde » inclut des milliers de décideurs de la Défense. Philippe va être ravi.}
* [L'acheter, mais tester un échantillon et ne garder que le propre. #id:list_buy_verify]
  ~ list = "list_buy_verify"
  alice: Je le prends. Mais je teste un échantillon avant qu'il approche ma base.
  vendor: Tester ? Il est déjà propre, Alice. Il a été nettoyé. Très nettoyé. #char:vendor:surprised
  alice: Alors il passera haut la main, et on sera contents tous les deux.
  Un petit silence. Sa voix perd quelques degrés. #char:vendor:tense
  vendor: Bien sûr. Vendredi, quand même.
  Le fichier arrive jeudi. Je ne l'intègre pas. Je le range dans un dossier que j'appelle « quarantaine », ce qui me paraît assez juste. #scene:alice_desk #exit:vendor #prop:prospect_list
  Je tire un échantillon au hasard et je le passe dans un outil de validation d'adresses. J'attends. Je regarde.
  Certaines adresses sont bonnes. D'autres rebondissent. D'autres pointent vers des domaines disparus, comme des entreprises fantômes.
  Certaines sont des « contact@ » ou des « info@ », l'équivalent en entreprise de crier dans un puits. Une poignée ont l'air trop parfaites : des pièges, sans doute.
  J'écris au vendeur. Il me répond avec un bon de réduction et aucune explication.
  Alors je valide tout le fichier et je ne garde que ce qui passe. Ça me mange des jours que je n'avais pas prévus.
  La liste qui entre dans ma base est nettement plus petite que celle que j'ai payée. Mais je sais ce qu'il y a dedans.
  {content == "content_adapt": Au moins, Philippe et moi, on est en retard ensemble. Rien ne rapproche comme une échéance qui glisse.}
* [Pas de fichier. Je nettoie et j'enrichis plutôt ma propre base. #id:list_none]
  ~ list = "list_none"
  alice: Merci, mais non. Pas cette fois.
  vendor: Vous êtes bien consciente que ce prix ne tiendra pas après vendredi ? #char:vendor:surprised
  alice: Tout à fait. Vendredi se passera de moi.
  Il me souhaite une bonne journée sur un ton qui me souhaite tout le contraire. #char:vendor:tense
  Le silence qui suit est assourdissant. Je viens vraiment de refuser des milliers de décideurs de la Défense ? #scene:alice_desk #exit:vendor
  Alors j'ouvre ma propre base, manches retroussées. #sfx:keyboard #prop:prospect_list
  Des doublons. Des gens partis depuis des années. Des champs remplis de « xxx ». Une certaine Mme Test Test, test@test.fr, qui reçoit toutes nos newsletters depuis 2012.
  Je dédoublonne. J'enlève les disparus évidents. Je vérifie les grands comptes un par un sur LinkedIn : qui est toujours là, qui est parti où.
  J'ajoute les secteurs, les tailles d'entreprise, tout ce qui permet de distinguer un hôpital d'un transporteur.
  C'est lent, ingrat, et personne ne me félicitera jamais pour ça. #sfx:phone_buzz #prop:sms
  aurelie: sa va ? on dirè ke tu compt les grain de sabl. 1 café ?
  Je compte les grains de sable, oui. Des grains propres, au moins. Ma base en sort plus nette, et plus petite. Plus petite : encore ce mot.
- -> d5_launch

=== d5_launch ===
#scene:alice_desk #music:office #prop:none
{content == "content_adapt" || list == "list_buy_verify": Février a commencé sans moi. Tout est enfin prêt, ou presque.|Fin janvier. Tout est prêt, ou presque.}
{
- content == "content_wp_everyone":
  Le titre de la landing page : « Les leçons de la Défense, pour toutes les entreprises. » En dessous, un cadenas, le téléphone d'un soldat, et une femme souriante qui pourrait être n'importe qui. C'est le but.
- content == "content_wp_targeted":
  La landing page dit exactement ce qu'est le livre blanc : « Sécuriser les terminaux mobiles dans la Défense ». Pas d'acrobaties, pas de fleuristes. Une page pour ceux qui en ont besoin.
- else:
  Les versions courtes de Philippe sont arrivées. Quatre guides, les maquettes d'Aurélie, et pas un seul sous-marin. Philippe regrette un peu son sous-marin.
}
{
- list == "list_buy_merge":
  Et ma base, gonflée des noms du vendeur, affiche un nombre de contacts que je dois lire deux fois.
- list == "list_buy_verify":
  Dans ma base, la partie propre du fichier du vendeur. Le reste est toujours en quarantaine, où il ne peut faire de mal à personne.
- else:
  Et ma propre base, fraîchement récurée. Plus petite que je ne voudrais, mais je connais chaque colonne par son prénom.
}
Reste à savoir comment l'envoyer. Autrement dit, toute la question.
Cécile apparaît au bout de ma rangée, déjà en manteau. #char:cecile:tense
cecile: Alors ? Ça part quand ?
{
- answer == "answer_bravado":
  cecile: Tu m'as dit que tu allais tout faire. J'ai promis début février au Président. #char:cecile:tense
  Ma propre promesse me tombe sur les épaules, comme un manteau qui n'est pas le mien.
- else:
  cecile: Tu m'as promis des chiffres chaque semaine. J'aimerais assez qu'il y ait une semaine un. #char:cecile:neutral
  C'est de bonne guerre. On ne mesure pas une campagne qui dort dans les brouillons.
}
Je vois trois façons de faire, et chacune a sa petite voix dans ma tête.
La première dit : sois partout. Un mailing à tout le monde, et notre nom sur tous les écrans de France. Le Président le verra en allant au bureau.
La deuxième dit : sois précise. Un message par segment, et seulement les médias que nos acheteurs lisent vraiment. Quatre fois plus de travail, et moins d'éclat.
La troisième dit : teste d'abord. Deux versions sur un échantillon, quelques jours d'attente, puis on envoie ce qui gagne. Plus malin, peut-être. Plus lent, sûrement.
{plan == "plan_scale_all": Mon plan sait déjà quelle voix il préfère. C'est écrit en gras.}
{plan == "plan_target": Ma liste de comptes cibles est là, qui ne demande qu'à servir à quelque chose.}
{plan == "plan_analyse": Mon analyse de 2015 m'a dit ce que coûtait chaque canal. Elle ne m'a pas dit quoi faire en février.}
* [Un mailing à tout le monde, et présente sur tous les canaux. #id:launch_blast]
  ~ launch = "launch_blast"
  alice: Tout, partout, lundi à la première heure.
  cecile: Voilà ce que j'aime entendre. #char:cecile:happy
  Elle repart d'un pas léger que je ne lui avais pas vu depuis Noël. #exit:cecile
  Un mailing. Une landing page. Tous les contacts, sans exception. #sfx:keyboard
  J'écris des tweets. Beaucoup de tweets. Je poste sur LinkedIn. Je poste sur la page Facebook du Groupe, entre une promo sur les coques et un jeu-concours pour gagner un maillot de foot.
  Je réserve des bannières partout où l'on veut bien de moi : presse informatique, presse économique, un magazine défense, des sites d'info, et le site d'un quotidien régional.
  {list == "list_buy_merge": Quand je charge l'envoi, la plateforme d'emailing affiche le total, et je dois compter les chiffres avec le doigt.}
  {content == "content_wp_everyone": Et tout ça renvoie vers une seule page qui explique à la France entière que les leçons de la Défense sont pour elle. Cohérent, au moins.}
  C'est grand. C'est bruyant. Ça ressemble exactement à un plan qui prend les vingt pour cent au sérieux.
* [Un mailing par segment, LinkedIn sur les cibles, quelques médias choisis. #id:launch_segmented]
  ~ launch = "launch_segmented"
  alice: Pas un mailing. Un par segment. Laisse-moi le temps de faire ça bien.
  cecile: Bien, et vite. #char:cecile:neutral
  Elle s'en va. J'ouvre un tableur vierge, ce qui est le début de toutes mes histoires d'amour. #exit:cecile
  Je découpe la base : petites entreprises, PME et ETI, grands comptes, secteur public et défense. #sfx:keyboard
  Un email par segment, une landing page pour chacun, des objets écrits avec leurs mots.
  {
  - content == "content_adapt":
    Chaque segment reçoit la version de Philippe qui lui parle. Les hôpitaux ont leurs tablettes, les transporteurs leurs terminaux.
  - content == "content_wp_targeted":
    Le livre blanc part vers les segments pour lesquels il a été écrit, dans leur langue, sans rien tordre.
  - else:
    Même « la Défense concerne tout le monde » prend quatre accents différents. Du contorsionnisme, mais segment par segment. Du contorsionnisme bien élevé.
  }
  Des posts LinkedIn sponsorisés, visant les bonnes fonctions dans les bonnes entreprises. Deux ou trois titres spécialisés, choisis pour leurs lecteurs.
  {plan == "plan_target": Ma liste de comptes cibles sert enfin à quelque chose. C'est elle qui décide qui voit quel post.}
  C'est quatre fois plus de relecture. Et Cécile verra moins de bannières sur son trajet du matin. Pourvu qu'elle ne les compte pas.
* [Tester deux versions sur un échantillon, puis déployer les gagnantes. #id:launch_test_first]
  ~ launch = "launch_test_first"
  alice: D'abord un test. Deux versions sur un échantillon, quelques jours. Ensuite, les gagnantes partent chez tout le monde.
  cecile: Alice. Le Président ne s'intéresse pas au A et au B. Il s'intéresse au B2B. #char:cecile:tense
  cecile: Bon. Mais vite. #exit:cecile
  Deux objets : l'un sobre, l'autre un peu culotté. Deux landing pages : l'une avec le formulaire en haut, l'autre avec un résumé d'abord. #sfx:keyboard
  Deux visuels de bannière à petit budget, deux posts LinkedIn, pour voir sur lesquels on clique.
  Je tire un échantillon au hasard dans la base. Le reste attendra quelques jours, un peu comme moi.
  {answer == "answer_measure": C'est exactement ma promesse. Mesurer, puis corriger. Encore faut-il avoir quelque chose à mesurer.}
  {answer == "answer_bravado": Tout faire, finalement, ça peut aussi vouloir dire en faire un peu, soigneusement, d'abord. Pourvu que Cécile le voie comme ça.}
- #scene:launch #music:tension
{content == "content_adapt" || list == "list_buy_verify": Mi-février, plus tard que je ne l'espérais. Neuf heures du matin.|Lundi 1er février 2016. Neuf heures du matin.}
{launch == "launch_test_first": Aujourd'hui, ce n'est que l'échantillon. Ça a quand même un goût de grand saut.}
Mon curseur survole le bouton. Un café dans l'autre main. Le cœur dans la gorge.
{answer == "answer_bravado": « Je vais tout faire pour ! » Eh bien, voilà le tout.}
Envoyer. #sfx:mail_swoosh
{
- launch == "launch_blast":
  Les enveloppes s'envolent toutes à la fois, une nuée, vers toutes les boîtes mail de ma base. Sur les autres écrans, tweets, posts et bannières prennent vie.
- launch == "launch_segmented":
  Les mailings partent l'un après l'autre, comme des canetons qui traversent la route. Puis les posts sponsorisés s'allument, sans bruit, dans les bons fils d'actualité.
- else:
  Deux petits envois partent côte à côte, comme des jumeaux le jour de la rentrée.
}
Première notification. Quelqu'un a aimé mon premier post. C'est le compte du Groupe. #sfx:notif_ping
Une autre. Une réponse automatique d'un directeur des achats, absent jusqu'au quinze. #sfx:notif_ping
{list == "list_buy_merge": Puis un « Mail delivery failed ». Puis un autre. C'est la première heure, ça va se tasser, je me dis.|Puis un « Mail delivery failed ». Il y en a toujours quelques-uns.} #sfx:notif_ping
Aurélie partage le post LinkedIn avec trois points d'exclamation et un cadenas. #sfx:notif_ping
Philippe aussi a aimé. Philippe n'aime jamais rien. Je choisis d'y voir un bon présage. #sfx:notif_ping
Mon téléphone vibre. #sfx:phone_buzz #prop:sms
aurelie: c parti !!! tro fière de toi. mtn respir
Je respire. Un peu. #prop:none
{
- confidence > 0:
  L'optimiste en moi imagine déjà le tableau de bord dans huit semaines.
- confidence < 0:
  La pessimiste en moi rédige déjà les explications du tableau de bord dans huit semaines.
- else:
  La blagueuse en moi a déjà trouvé une légende pour le tableau de bord dans huit semaines. Je préfère ne pas l'entendre.
}
{answer == "answer_measure": Chaque lundi, je regarderai. Chaque lundi, je dirai la vérité à Cécile.|J'ai promis de tout faire. Et la dernière étape du tout, c'est attendre.}
Le tableau de bord est vide. Ma boîte de réception se tait. Alors je fais la seule chose qui reste à faire. #music:silence
Je croise les doigts. Des deux mains, sous le bureau, là où personne ne peut les voir.
Croisons les doigts.
-> ep3_first_results
